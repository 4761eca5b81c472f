package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.handbook.validators.BrowserCite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pinpoint citation as a reader of the {@code references} fixture meets it: a paragraph's number
 * carries the paragraph mark wherever it is shown, so "¶ 1.2" is never taken for Section 1.2, and
 * each numbered paragraph and section offers its citation to copy. The fixture has no
 * {@code baseUrl}, so the address in a copied citation is the one the page is read at.
 */
class CitationsTest {

    @TempDir
    static Path temp;

    private static Path site;

    @BeforeAll
    static void buildOnce() throws Exception {
        site = temp.resolve("site");
        BuildResult result = TestHandbooks.build("references", site);
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void aParagraphsNumberCarriesTheMarkAndASectionsDoesNot() throws Exception {
        Document requests = page("en/2026/requests/index.html");
        assertThat(requests.select("article p > a.paragraph-number").eachText()).startsWith("¶ 1.1", "¶ 1.2");
        assertThat(requests.select("article p > a.paragraph-number").eachAttr("href")).startsWith("#p1", "#p2");
        assertThat(requests.select("article h2 .section-number").eachText()).containsExactly("1.1", "1.2");

        Document extradition = page("en/2026/extradition/index.html");
        assertThat(extradition.select("article > p a[href$=requests/index.html#p2]").eachText())
                .as("a cross-reference to a paragraph").containsExactly("¶ 1.2");
        assertThat(extradition.select(".referenced-from li").eachText()).as("Referenced from")
                .contains("¶ 1.2 → Section 2.1, Dual criminality");
    }

    @Test
    void theSubjectIndexAndTheGlossaryMarkParagraphLocatorsAndNotSectionOnes() throws Exception {
        Document index = page("en/2026/subject-index/index.html");
        assertThat(index.select(".index-entry a").eachText()).isNotEmpty().allSatisfy(locator -> {
            boolean paragraph = locator.startsWith("¶ ");
            assertThat(locator.substring(paragraph ? 2 : 0)).matches("[0-9A-Z]+(\\.[0-9]+)*");
        });
        assertThat(index.select(".index-entry a").eachText()).contains("¶ 1.2", "2.1");
        // Only the requests chapter numbers its paragraphs: its marks are cited by paragraph, the others' by section.
        for (Element locator : index.select(".index-entry a")) {
            assertThat(locator.text().startsWith("¶ ")).as(locator.attr("title"))
                    .isEqualTo(locator.attr("href").contains("requests/"));
        }
        Document glossary = page("en/2026/glossary/index.html");
        assertThat(glossary.select(".term-uses a").eachText()).contains("¶ 1.1", "Section 2.2, Assurances")
                .noneMatch(use -> use.startsWith("Section") && use.contains("¶"));
    }

    @Test
    void eachNumberedParagraphAndSectionOffersItsCitation() throws Exception {
        Document requests = page("en/2026/requests/index.html");
        // A paragraph's control is the script's to make beside its number (the browser test below uses it).
        assertThat(requests.select("article p#p1 > a.paragraph-number").attr("href")).isEqualTo("#p1");
        assertThat(requests.select("article a.cite")).as("nothing the page carries without a script to use it").isEmpty();
        assertThat(requests.select("article h2#before-a-request > .section-number").text()).isEqualTo("1.1");
        Element script = requests.selectFirst("head script[src*=cite]");
        assertThat(script.attr("data-cite-section")).as("how the script names a section it cites")
                .isEqualTo("Section {number}, {title}");
        assertThat(script.attr("data-cite-copied")).isEqualTo("Citation copied");
        assertThat(script.attr("data-cite-text")).as("what every citation of the page shares, written once")
                .isEqualTo("{title}, First edition (2026), {locator}, {url}");
        assertThat(requests.select("head meta[name=citation_book_title]").attr("content"))
                .as("the title the script puts in, written once").isEqualTo("Cooperation Handbook");
        assertThat(script.attr("data-cite-action")).as("how a control's name words its place").isEqualTo("Cite {locator}");
        assertThat(script.attr("data-cite-label")).as("the word a paragraph's control shows").isEqualTo("Cite");
        assertThat(script.hasAttr("data-cite-page")).as("no baseUrl: the address is the one the page is read at").isFalse();
        assertThat(requests.select("[data-cite-text]")).hasSize(1);

        Document thai = page("th/2026/requests/index.html");
        Element thaiScript = thai.selectFirst("head script[src*=cite]");
        assertThat(thaiScript.attr("data-cite-action")).isEqualTo("อ้างอิง {locator}");
        assertThat(thaiScript.attr("data-cite-text")).isEqualTo("{title} First edition (2026) {locator} สืบค้นจาก {url}");
        assertThat(thaiScript.attr("data-cite-label")).isEqualTo("อ้างอิง");
        assertThat(page("en/2026/subject-index/index.html").select("a.cite, script[src*=cite]"))
                .as("a page with nothing to cite loads no script for it").isEmpty();
    }

    @Test
    void theKeyboardCopiesAParagraphsCitationWithTheAddressItIsReadAt() throws Exception {
        BrowserCite.Copied copied = BrowserCite.copy(site, "en/2026/requests/index.html", "Enter", "Cite ¶");
        assertThat(copied.errors()).isEmpty();
        assertThat(copied.label()).as("the control the script made, named for the place it cites").isEqualTo("Cite ¶ 1.1");
        assertThat(copied.role()).isEqualTo("button");
        assertThat(copied.visible()).as("shown once it has the focus").isTrue();
        assertThat(copied.status()).isEqualTo("Citation copied");
        assertThat(copied.clipboard()).matches("Cooperation Handbook, First edition \\(2026\\), ¶ 1\\.1, "
                + "http://127\\.0\\.0\\.1:[0-9]+/en/2026/requests/index\\.html#p1");
        assertThat(copied.address()).as("the page stays where it was").doesNotContain("#");

        BrowserCite.Copied section = BrowserCite.copy(site, "en/2026/requests/index.html", "Space", "Cite Section");
        assertThat(section.clipboard()).endsWith("Section 1.1, Before a request, " + section.address() + "#before-a-request");
        assertThat(section.status()).isEqualTo("Citation copied");

        BrowserCite.Copied thai = BrowserCite.copy(site, "th/2026/requests/index.html", "Enter", "อ้างอิง ¶");
        assertThat(thai.label()).isEqualTo("อ้างอิง ¶ 1.1");
        assertThat(thai.clipboard()).as("the place as the Thai name words it, in the Thai citation")
                .isEqualTo("คู่มือความร่วมมือ First edition (2026) ¶ 1.1 สืบค้นจาก " + thai.address() + "#p1");
        assertThat(thai.errors()).isEmpty();
    }

    private static Document page(String path) throws java.io.IOException {
        return Jsoup.parse(site.resolve(path).toFile());
    }
}
