package org.handbook.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The words a page gives its script for the "cite" controls, each written once: the citation with
 * the place and address left to fill, how a control is named, how a section is cited, the control's
 * word and the page's address. The controls themselves are the script's (see CitationsTest).
 */
class CiteControlsTest {

    private static final PlaceNames NAMES = new PlaceNames(Map.of("xref.section", "Section {number}, {title}"));

    @Test
    void whatEveryControlOfAPageSharesIsWrittenOnce() {
        CiteControls dated = new CiteControls("The Handbook", "Revised edition", Optional.of(LocalDate.of(2026, 3, 1)),
                Optional.of("https://handbook.example.org/en/2026/extradition/"), Map.of());
        assertThat(dated.model(NAMES)).as("the title is the page's citation_book_title, put in by the script")
                .containsEntry("text", "{title}, Revised edition (2026), {locator}, {url}")
                .containsEntry("action", "Cite {locator}")
                .containsEntry("label", "Cite")
                .containsEntry("section", "Section {number}, {title}")
                .containsEntry("url", "https://handbook.example.org/en/2026/extradition/");
        assertThat(dated.text("¶ 4.12", dated.model(NAMES).get("url") + "#p12"))
                .isEqualTo("The Handbook, Revised edition (2026), ¶ 4.12, https://handbook.example.org/en/2026/extradition/#p12");

        CiteControls undated = new CiteControls("The Handbook", "Revised edition", Optional.empty(), Optional.empty(), Map.of());
        assertThat(undated.model(NAMES)).containsEntry("text", "{title}, Revised edition, {locator}, {url}")
                .as("made absolute where the page is read").containsEntry("url", "");
    }

    @Test
    void aControlIsNamedForItsPlaceEvenWhereTheThemesWordingLeavesThePlaceOut() {
        CiteControls terse = new CiteControls("The Handbook", "Revised edition", Optional.empty(), Optional.empty(),
                Map.of("cite.label", "Quote", "cite.action", "Quote"));
        assertThat(terse.model(new PlaceNames(Map.of("xref.section", "§ {number} ({title})"))))
                .containsEntry("action", "Quote {locator}").containsEntry("label", "Quote")
                .containsEntry("section", "§ {number} ({title})");
    }
}
