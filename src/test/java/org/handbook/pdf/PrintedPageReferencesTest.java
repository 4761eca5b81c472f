package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalInt;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The page references' text, written from a layout and mended after the next (read with jsoup's whole text, which keeps no-break spaces). */
class PrintedPageReferencesTest {

    private static final PageReferenceWords WORDS = PageReferenceWords.of(Map.of());

    private static Document document() {
        return Jsoup.parse("<p>As set out in <a class=\"xref xref-page\" href=\"#a--s\">Section 2.1</a>. "
                + "The forms (see <a class=\"xref xref-page-bare\" href=\"#forms\">Annex A</a>) help.</p>");
    }

    @Test
    void thePageIsWrittenIntoTheLinkWithThePunctuationThatFollowsIt() {
        Document html = document();

        assertThat(PrintedPageReferences.write(html, WORDS, id -> OptionalInt.of(id.equals("forms") ? 140 : 7))).isTrue();

        assertThat(html.select("a").stream().map(Element::wholeText).toList()).containsExactly("Section 2.1 (p.\u00A07).", "Annex A, p.\u00A0140)");
        assertThat(html.selectFirst("p").wholeText()).isEqualTo("As set out in Section 2.1 (p.\u00A07). The forms (see Annex A, p.\u00A0140) help.");
    }

    @Test
    void aPageThatMovedIsWrittenAgainAndOneThatDidNotIsLeftAlone() {
        Document html = document();
        PrintedPageReferences.write(html, WORDS, id -> OptionalInt.of(99));

        assertThat(PrintedPageReferences.write(html, WORDS, id -> OptionalInt.of(id.equals("forms") ? 99 : 8))).isTrue();
        assertThat(PrintedPageReferences.write(html, WORDS, id -> OptionalInt.of(id.equals("forms") ? 99 : 8))).isFalse();

        assertThat(html.selectFirst("p").wholeText()).isEqualTo("As set out in Section 2.1 (p.\u00A08). The forms (see Annex A, p.\u00A099) help.");
    }

    @Test
    void aReferenceWhoseTargetWasNotLaidOutLosesItsPage() {
        Document html = document();
        PrintedPageReferences.write(html, WORDS, id -> OptionalInt.of(99));

        PrintedPageReferences.write(html, WORDS, id -> OptionalInt.empty());

        assertThat(html.selectFirst("p").wholeText()).isEqualTo("As set out in Section 2.1. The forms (see Annex A) help.");
    }
}
