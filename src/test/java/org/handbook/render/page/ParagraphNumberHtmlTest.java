package org.handbook.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.handbook.parse.ParagraphNumbers;
import org.handbook.render.UnsearchedMarkup;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ParagraphNumberHtmlTest {

    private static final PlaceNames NAMES = new PlaceNames(Map.of());
    private static final CiteControls CITE = new CiteControls("The Handbook", "Revised edition", Optional.empty(),
            Optional.empty(), Map.of());

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
    void aControlAndTheWordsThePageSharesCiteThePlaceOnce() {
        CiteControls dated = new CiteControls("The Handbook", "Revised edition", Optional.of(LocalDate.of(2026, 3, 1)),
                Optional.of("https://handbook.example.org/en/2026/extradition/"), Map.of());
        var control = Jsoup.parseBodyFragment(dated.control("p12", "¶ 4.12")).selectFirst("a.cite");
        assertThat(control.attr("href")).isEqualTo("#p12");
        assertThat(control.attr("aria-label")).as("named for its place, which is written only there").isEqualTo("Cite ¶ 4.12");
        assertThat(control.outerHtml().split("¶ 4.12", -1)).hasSize(2);
        Document page = Jsoup.parseBodyFragment(ParagraphNumberHtml.insert("<p id=\"p12\">" + ParagraphNumbers.marker(12)
                + "Twelve.</p>", "4", 12, NAMES) + control.outerHtml());
        assertThat(page.select(String.join(", ", UnsearchedMarkup.SELECTORS)).eachText())
                .as("search leaves out the number and the control, by their class").containsExactly("¶ 4.12", "Cite");
        assertThat(dated.model()).as("what every control of the page shares, written once; the title is the page's citation_book_title")
                .containsEntry("text", "{title}, Revised edition (2026), {locator}, {url}")
                .containsEntry("action", "Cite {locator}")
                .containsEntry("label", "Cite")
                .containsEntry("url", "https://handbook.example.org/en/2026/extradition/");
        String locator = control.attr("aria-label").substring("Cite ".length());
        assertThat(dated.text(locator, dated.model().get("url") + control.attr("href")))
                .isEqualTo("The Handbook, Revised edition (2026), ¶ 4.12, https://handbook.example.org/en/2026/extradition/#p12");
        assertThat(CITE.model()).containsEntry("text", "{title}, Revised edition, {locator}, {url}")
                .as("made absolute where the page is read").containsEntry("url", "");
    }

    @Test
    void aControlIsNamedForItsPlaceEvenWhereTheThemesWordingLeavesThePlaceOut() {
        CiteControls terse = new CiteControls("The Handbook", "Revised edition", Optional.empty(), Optional.empty(),
                Map.of("cite.label", "Quote", "cite.action", "Quote"));
        assertThat(Jsoup.parseBodyFragment(terse.control("p3", "¶ 1.3")).selectFirst("a.cite").attr("aria-label"))
                .isEqualTo("Quote ¶ 1.3");
        assertThat(terse.model()).containsEntry("action", "Quote {locator}");
    }

    @Test
    void anythingElseBetweenTheMarksIsLeftAsItIs() {
        String stray = "a \uE005 b " + ParagraphNumbers.marker(3) + " c \uE005x\uE005";
        assertThat(ParagraphNumberHtml.insert(stray, "1", 2, NAMES)).isEqualTo(stray);
        assertThat(ParagraphNumberHtml.insert("no markers", "1", 0, NAMES)).isEqualTo("no markers");
    }
}
