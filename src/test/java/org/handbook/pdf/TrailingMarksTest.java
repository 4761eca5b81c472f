package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The room a word is given for what trails it, and what takes it back, as the print document holds them. */
class TrailingMarksTest {

    private static Element paragraph(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        TrailingMarks.keepWithWords(body);
        return body.child(0);
    }

    @Test
    void theWordBeforeAMarkHasRoomForItAndTheFullStopAfterItWhichTheMarkTakesBack() {
        Element p = paragraph("<p>as recorded<sup class=\"footnote-ref\"><a href=\"#fn-1\">15</a></sup>. For most</p>");

        Element word = p.selectFirst("span.before-mark");
        assertThat(word.text()).isEqualTo("recorded");
        // Two figures at 0.42 em, a full stop at 0.35 em and the space after it.
        assertThat(word.attr("style")).isEqualTo("padding-right: 1.49em");
        assertThat(p.selectFirst("sup a").attr("style")).isEqualTo("margin-left: -2.13em");
        assertThat(p.text()).isEqualTo("as recorded15. For most");
    }

    @Test
    void marksInARowShareTheRoomTheFirstTakesBack() {
        Element p = paragraph("<p>safeguards<sup class=\"footnote-ref\"><a href=\"#a\">18</a></sup>"
                + "<sup class=\"footnote-ref\"><a href=\"#b\">13</a></sup>.</p>");

        assertThat(p.select("span.before-mark")).hasSize(1);
        assertThat(p.selectFirst("span.before-mark").attr("style")).isEqualTo("padding-right: 2.03em");
        assertThat(p.select("sup a").eachAttr("style")).containsExactly("margin-left: -2.90em");
    }

    @Test
    void punctuationAfterEmphasisOrALinkIsMadeRoomFor() {
        Element p = paragraph("<p>between <em>civil law</em>, and <a href=\"https://example.org\">a site</a>.</p>");

        assertThat(p.selectFirst("em").attr("style")).isEqualTo("padding-right: 0.65em");
        assertThat(p.selectFirst("a").attr("style")).isEqualTo("padding-right: 0.35em");
        assertThat(p.select("span.after-element").eachAttr("style")).containsExactly("margin-left: -0.65em", "margin-left: -0.35em");
        assertThat(p.text()).isEqualTo("between civil law, and a site.");
    }

    @Test
    void aMarkAfterASpaceAndAPageReferenceAreLeftAsTheyAre() {
        Element p = paragraph("<p>see <sup class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup> and "
                + "<a class=\"xref xref-page\" href=\"#s\">Section 2</a>.</p>");

        assertThat(p.select("span.before-mark, span.after-element")).isEmpty();
        assertThat(p.select("[style]")).isEmpty();
    }
}
