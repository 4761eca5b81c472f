package org.handbook.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.handbook.parse.ParagraphNumbers;
import org.junit.jupiter.api.Test;

class ParagraphNumberHtmlTest {

    @Test
    void eachMarkerBecomesItsParagraphsLinkedNumber() {
        String html = "<p id=\"p1\">" + ParagraphNumbers.marker(1) + "One.</p><p id=\"p2\">" + ParagraphNumbers.marker(2) + "Two.</p>";
        assertThat(ParagraphNumberHtml.insert(html, "4", 2)).isEqualTo(
                "<p id=\"p1\"><a class=\"paragraph-number\" href=\"#p1\">4.1</a> One.</p>"
                        + "<p id=\"p2\"><a class=\"paragraph-number\" href=\"#p2\">4.2</a> Two.</p>");
        assertThat(ParagraphNumberHtml.insert(html, "", 2)).as("a page without a number")
                .contains(">1</a> One.", ">2</a> Two.");
    }

    @Test
    void anythingElseBetweenTheMarksIsLeftAsItIs() {
        String stray = "a \uE005 b " + ParagraphNumbers.marker(3) + " c \uE005x\uE005";
        assertThat(ParagraphNumberHtml.insert(stray, "1", 2)).isEqualTo(stray);
        assertThat(ParagraphNumberHtml.insert("no markers", "1", 0)).isEqualTo("no markers");
    }
}
