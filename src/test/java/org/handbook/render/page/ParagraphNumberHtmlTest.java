package org.handbook.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.handbook.parse.ParagraphNumbers;
import org.handbook.render.UnsearchedMarkup;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ParagraphNumberHtmlTest {

    private static final PlaceNames NAMES = new PlaceNames(Map.of());

    @Test
    void eachMarkerBecomesItsParagraphsLinkedNumberWithTheParagraphMark() {
        String html = "<p id=\"p1\">" + ParagraphNumbers.marker(1) + "One.</p><p id=\"p2\">" + ParagraphNumbers.marker(2) + "Two.</p>";
        Document page = Jsoup.parseBodyFragment(ParagraphNumberHtml.insert(html, "4", 2, NAMES));
        assertThat(page.select("p > a.paragraph-number").eachText()).containsExactly("¶ 4.1", "¶ 4.2");
        assertThat(page.select("p > a.paragraph-number").eachAttr("href")).containsExactly("#p1", "#p2");
        assertThat(page.select("p").eachText()).as("the cite control is the script's to add").containsExactly("¶ 4.1 One.", "¶ 4.2 Two.");
        assertThat(ParagraphNumberHtml.insert(html, "", 2, NAMES)).as("a page without a number")
                .contains(">¶ 1</a>", ">¶ 2</a>");
    }

    @Test
    void theMarkIsTheThemes() {
        String html = "<p id=\"p3\">" + ParagraphNumbers.marker(3) + "Three.</p>";
        PlaceNames para = new PlaceNames(Map.of("paragraph.number", "para. {number}"));
        assertThat(Jsoup.parseBodyFragment(ParagraphNumberHtml.insert(html, "B", 3, para)).select(".paragraph-number").text())
                .isEqualTo("para. B.3");
    }

    @Test
    void searchLeavesTheNumberOutByItsClass() {
        Document page = Jsoup.parseBodyFragment(ParagraphNumberHtml.insert("<p id=\"p12\">" + ParagraphNumbers.marker(12)
                + "Twelve.</p>", "4", 12, NAMES));
        assertThat(page.select(String.join(", ", UnsearchedMarkup.SELECTORS)).eachText()).containsExactly("¶ 4.12");
    }

    @Test
    void anythingElseBetweenTheMarksIsLeftAsItIs() {
        String stray = "a \uE005 b " + ParagraphNumbers.marker(3) + " c \uE005x\uE005";
        assertThat(ParagraphNumberHtml.insert(stray, "1", 2, NAMES)).isEqualTo(stray);
        assertThat(ParagraphNumberHtml.insert("no markers", "1", 0, NAMES)).isEqualTo("no markers");
    }
}
