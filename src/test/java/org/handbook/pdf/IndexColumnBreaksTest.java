package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.handbook.pdf.IndexColumnBreaks.Column;
import org.handbook.pdf.IndexColumnBreaks.Page;
import org.handbook.pdf.IndexColumnBreaks.Piece;
import org.junit.jupiter.api.Test;

class IndexColumnBreaksTest {

    private static final int LINE = 10;
    private static final Piece HEADING = new Piece(25, 10, true, 0, 0, 0);
    private static final Piece ENTRY = new Piece(LINE, 0, false, 0, 0, 0);
    private static final Piece ENTRY_WITH_SUB_ENTRIES = new Piece(LINE, 0, true, 0, 0, 0);
    private static final Piece SUB_ENTRY = new Piece(LINE, 0, false, LINE, 0, 0);

    @Test
    void fullPagesAreFilledColumnByColumnAndTheLastPageIsBalanced() {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            pieces.add(ENTRY);
        }
        // Ten lines a column: two full columns, then five lines shared three and two.
        List<Page> pages = IndexColumnBreaks.pages(pieces, 100, 100);
        assertThat(pages).containsExactly(new Page(new Column(0, 10), new Column(10, 20)),
                new Page(new Column(20, 23), new Column(23, 25)));
    }

    @Test
    void aShortIndexIsStillSetInTwoBalancedColumns() {
        List<Page> pages = IndexColumnBreaks.pages(List.of(HEADING, ENTRY, ENTRY, ENTRY, ENTRY), 500, 600);
        // The most even split: the heading (less its space above, dropped at the top of a column)
        // and one entry, 25, against three entries, 30; the left the longer only between splits as even.
        assertThat(pages).containsExactly(new Page(new Column(0, 2), new Column(2, 5)));
    }

    @Test
    void aLetterHeadingNeverEndsAColumn() {
        // The heading would fit as the column's last piece, its entry would not.
        List<Piece> pieces = new ArrayList<>(List.of(ENTRY, ENTRY, ENTRY, ENTRY, ENTRY, ENTRY, ENTRY, HEADING, ENTRY));
        for (int i = 0; i < 20; i++) {
            pieces.add(ENTRY);
        }
        List<Page> pages = IndexColumnBreaks.pages(pieces, 100, 100);
        assertThat(pages.get(0).left()).isEqualTo(new Column(0, 7));
    }

    @Test
    void aColumnThatBeginsWithAContinuedEntryHoldsTwoOfItsSubEntriesAtLeast() {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pieces.add(ENTRY);
        }
        pieces.add(ENTRY_WITH_SUB_ENTRIES);
        for (int i = 0; i < 4; i++) {
            pieces.add(SUB_ENTRY);
        }
        for (int i = 0; i < 20; i++) {
            pieces.add(ENTRY);
        }
        // Three sub-entries would fit in the first column, leaving the fourth alone under the
        // heading repeated: two go, two stay.
        List<Page> pages = IndexColumnBreaks.pages(pieces, 100, 100);
        assertThat(pages.get(0).left()).isEqualTo(new Column(0, 9));
        assertThat(pages.get(0).right()).isEqualTo(new Column(9, 18));
    }

    @Test
    void anEntrySplitsOnlyWithTwoSubEntriesOnEachSideAndItsHeadingIsRepeated() {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pieces.add(ENTRY);
        }
        pieces.add(ENTRY_WITH_SUB_ENTRIES);
        for (int i = 0; i < 6; i++) {
            pieces.add(SUB_ENTRY);
        }
        for (int i = 0; i < 20; i++) {
            pieces.add(ENTRY);
        }
        // Ten lines a column: the entry's heading and three of its sub-entries fit, leaving three.
        List<Page> pages = IndexColumnBreaks.pages(pieces, 100, 100);
        assertThat(pages.get(0).left()).isEqualTo(new Column(0, 10));
        // The next column repeats the heading above the three sub-entries left: 4 + 6 lines.
        assertThat(pages.get(0).right()).isEqualTo(new Column(10, 19));

        // With room left for the entry's heading and one sub-entry only, the entry goes whole to the next column.
        List<Piece> tight = new ArrayList<>(List.of(ENTRY, ENTRY));
        tight.addAll(pieces);
        List<Page> moved = IndexColumnBreaks.pages(tight, 100, 100);
        assertThat(moved.get(0).left()).isEqualTo(new Column(0, 8));
        assertThat(moved.get(0).right()).isEqualTo(new Column(8, 18));
    }

    @Test
    void lettersThatReachBeyondTheirLinesAreKeptOnThePage() {
        // Lines whose letters reach 2 above and 3 below them: at the top of a page the first line
        // is moved down by 2, and the last must end 3 above the foot.
        Piece tall = new Piece(LINE, 0, false, 0, 2, 3);
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pieces.add(tall);
        }
        List<Page> pages = IndexColumnBreaks.pages(pieces, 103, 104);
        // Under the heading: 10 lines and 3 below fit in 103. At the top of a page: 2 + 9 lines + 3.
        assertThat(pages.get(0)).isEqualTo(new Page(new Column(0, 10), new Column(10, 20)));
        assertThat(pages.get(1)).isEqualTo(new Page(new Column(20, 29), new Column(29, 38)));
    }
}
