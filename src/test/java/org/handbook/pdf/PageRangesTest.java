package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.handbook.pdf.PageRanges.Mark;
import org.handbook.pdf.PageRanges.Range;
import org.junit.jupiter.api.Test;

class PageRangesTest {

    @Test
    void consecutivePagesBecomeOneRangeAndAPageIsNamedOnce() {
        List<Range> ranges = PageRanges.of(List.of(new Mark("a", 31), new Mark("b", 32), new Mark("c", 32),
                new Mark("d", 33), new Mark("e", 40), new Mark("f", 40), new Mark("g", 42)));
        assertThat(ranges).extracting(Range::text).containsExactly("31\u201333", "40", "42");
        assertThat(ranges).extracting(Range::anchor).containsExactly("a", "e", "g");
    }

    @Test
    void pagesAreInAscendingOrderWhateverTheOrderOfTheMarks() {
        // A mark in a later chapter may be listed before one in an earlier chapter.
        List<Range> ranges = PageRanges.of(List.of(new Mark("late", 12), new Mark("early", 4), new Mark("next", 5),
                new Mark("again", 4)));
        assertThat(ranges).extracting(Range::text).containsExactly("4\u20135", "12");
        assertThat(ranges).extracting(Range::anchor).containsExactly("early", "late");
    }

    @Test
    void twoPagesInARowAreARangeAndNoMarksAreNoLocators() {
        assertThat(PageRanges.of(List.of(new Mark("a", 7), new Mark("b", 8)))).extracting(Range::text).containsExactly("7\u20138");
        assertThat(PageRanges.of(List.of())).isEmpty();
    }
}
