package org.handbook.changes;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import java.util.List;
import org.handbook.changes.EditionChanges.ParagraphMove;
import org.handbook.changes.EditionChanges.Span;
import org.handbook.parse.TextBlock;
import org.junit.jupiter.api.Test;

class RedlineTest {

    private static TextBlock paragraph(int number, String text) {
        return new TextBlock(TextBlock.Kind.PARAGRAPH, text, "", number);
    }

    @Test
    void wordsAreComparedAsWordsInEveryScript() {
        assertThat(new WordDiff(ULocale.ENGLISH).spans("Requests go to the central authority.",
                "Urgent requests go to the central authority first."))
                .containsExactly(new Span(Span.Type.DELETED, "Requests"), new Span(Span.Type.INSERTED, "Urgent requests"),
                        new Span(Span.Type.SAME, " go to the central authority"), new Span(Span.Type.INSERTED, " first"),
                        new Span(Span.Type.SAME, "."));
        // Thai has no spaces between words: ICU's dictionary finds them, so one word changes, not the sentence.
        assertThat(new WordDiff(ULocale.forLanguageTag("th")).spans("ส่งคำร้องขอไปยังหน่วยงานกลาง", "ส่งคำร้องขอด่วนไปยังหน่วยงานกลาง"))
                .containsExactly(new Span(Span.Type.SAME, "ส่งคำร้องขอ"), new Span(Span.Type.INSERTED, "ด่วน"),
                        new Span(Span.Type.SAME, "ไปยังหน่วยงานกลาง"));
    }

    @Test
    void theConcordanceFollowsParagraphsPastInsertionsAndDeletions() {
        List<TextBlock> before = List.of(paragraph(1, "a"), paragraph(2, "b"), paragraph(3, "c"), paragraph(4, "d"),
                paragraph(5, "e"));
        List<TextBlock> now = List.of(paragraph(1, "a"), paragraph(2, "new"), paragraph(3, "b"), paragraph(4, "c changed"),
                paragraph(5, "e"));

        assertThat(Redline.moves(before, now, "4", "5")).containsExactly(
                new ParagraphMove("4.1", "5.1"), new ParagraphMove("4.2", "5.3"), new ParagraphMove("4.3", "5.4"),
                new ParagraphMove("4.4", ""), new ParagraphMove("4.5", "5.5"));
        assertThat(Redline.moves(before, before, "4", "4")).as("nothing moved").isEmpty();
    }

    @Test
    void aChangedAddressReadsAsTheOldOneDeletedAndTheNewOneInserted() {
        assertThat(new WordDiff(ULocale.ENGLISH).spans("See the treaty <https://treaties.example/old/text>.",
                "See the treaty <https://treaties.example/new/text>."))
                .containsExactly(new Span(Span.Type.SAME, "See the treaty"),
                        new Span(Span.Type.DELETED, " <https://treaties.example/old/text>"),
                        new Span(Span.Type.INSERTED, " <https://treaties.example/new/text>"), new Span(Span.Type.SAME, "."));
        assertThat(new WordDiff(ULocale.forLanguageTag("th")).spans("ดู<https://a.example/>", "ดูสนธิสัญญา<https://a.example/>"))
                .as("next to Thai too").containsExactly(new Span(Span.Type.SAME, "ดู"), new Span(Span.Type.INSERTED, "สนธิสัญญา"),
                        new Span(Span.Type.SAME, "<https://a.example/>"));
    }

    @Test
    void aChangedBlockIsComparedWithOneOfItsOwnKind() {
        List<TextBlock> before = List.of(paragraph(0, "Intro."), new TextBlock(TextBlock.Kind.FOOTNOTE, "Within a month.", "", 0));
        List<TextBlock> now = List.of(paragraph(0, "Intro."), paragraph(0, "A new paragraph."),
                new TextBlock(TextBlock.Kind.FOOTNOTE, "Within two months.", "", 0));

        assertThat(new Redline(new WordDiff(ULocale.ENGLISH)).changes(before, now))
                .extracting(change -> change.kind() + " " + change.spans())
                .containsExactly("PARAGRAPH [Span[type=INSERTED, text=A new paragraph.]]",
                        "FOOTNOTE [Span[type=SAME, text=Within], Span[type=DELETED, text= a month],"
                                + " Span[type=INSERTED, text= two months], Span[type=SAME, text=.]]");
    }
}
