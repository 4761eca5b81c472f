package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handbook.epub.EpubChecks;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code authorities} fixture's table of authorities on the site, as a lawyer reads it: the
 * international instruments first, then each State in the language's order; every instrument the
 * chapters mark or the profiles record, each leading to the paragraphs that cite it and the profile
 * sections that record it; and what an editor is told when a mark or the page is wrong.
 */
class TableOfAuthoritiesTest {

    @TempDir
    static Path temp;

    private static Path site;
    private static BuildResult result;

    @BeforeAll
    static void buildOnce() throws Exception {
        site = temp.resolve("site");
        result = TestHandbooks.build("authorities", site);
    }

    @Test
    void buildsWithoutDiagnosticsAndEveryLinkArrives() {
        assertThat(result.diagnostics()).isEmpty();
        assertThat(SiteLinks.broken(site)).isEmpty();
    }

    @Test
    void internationalInstrumentsComeFirstThenEachStateInAlphabeticalOrder() throws IOException {
        Document table = page("en/1/table-of-authorities/index.html");
        assertThat(table.select("article h2").eachText())
                .containsExactly("International instruments", "Anotherland", "Australia", "Examplia");
        assertThat(table.select("nav.index-letters a").eachText())
                .containsExactly("International instruments", "Anotherland", "Australia", "Examplia");
        assertThat(table.select("nav.index-letters a").eachAttr("href"))
                .containsExactly("#authorities-international", "#authorities-xb", "#authorities-au", "#authorities-xa");
        // The instruments the profiles have a field for, in the profiles' order, named by the theme;
        // then those only the chapters name, alphabetically.
        assertThat(names(table, "authorities-international")).containsExactly(
                "UN Convention against Transnational Organized Crime", "Trafficking in Persons Protocol",
                "UN Model Law on Mutual Assistance in Criminal Matters (2007)",
                "UN Model Treaty on Mutual Assistance in Criminal Matters (1990)");
        // A State's laws alphabetically (two of one title apart by their years), then its treaties as its
        // profile lists them, each after its partner.
        assertThat(names(table, "authorities-xa")).containsExactly("Extradition Act (1962)", "Extradition Act (1998)",
                "Fugitive Offenders Act (1975)",
                "Mutual Assistance in Criminal Matters Act (2005)",
                "Anotherland: Treaty on Extradition between Examplia and Anotherland (2001)",
                "Australia: Mutual legal assistance (1999)");
    }

    @Test
    void eachEntryLeadsToTheParagraphsThatCiteItThenToTheProfilesThatRecordIt() throws IOException {
        Document table = page("en/1/table-of-authorities/index.html");
        Element convention = entry(table, "UN Convention against Transnational Organized Crime");
        assertThat(convention.select("a").eachText()).containsExactly("¶ 1.1", "¶ 1.4", "¶ 2.7", "Examplia");
        assertThat(convention.selectFirst("a").html()).as("a paragraph's mark and number stay on one line").isEqualTo("¶&nbsp;1.1");
        assertThat(convention.select("a").eachAttr("href")).containsExactly("../requests/index.html#p1",
                "../requests/index.html#p4", "../extradition/index.html#p7", "../countries/xa/index.html#instruments");
        assertThat(convention.text()).contains("; Country profiles: Examplia");
        // Marked twice in one paragraph and once elsewhere: each paragraph once, in reading order.
        Element act = entry(table, "Extradition Act (1998)");
        assertThat(act.select("a").eachText()).containsExactly("¶ 2.1", "¶ 2.14", "country profile");
        assertThat(act.select("a").last().attr("href")).isEqualTo("../countries/xa/index.html#laws");
        // Written without its year, and with a year, in two marks: one law of the profile.
        assertThat(entry(table, "Mutual Assistance in Criminal Matters Act (2005)").select("a").eachText())
                .containsExactly("¶ 1.2", "¶ 1.4", "country profile");
        // A treaty the profile records without a title is named by its partner and subject.
        assertThat(entry(table, "Australia: Mutual legal assistance (1999)").select("a").eachAttr("href"))
                .containsExactly("../countries/xa/index.html#instruments");
        // A State with no profile: its law, named as the mark writes it, cites the paragraph alone.
        assertThat(entry(table, "Mutual Assistance in Criminal Matters Act 1987").select("a").eachText())
                .containsExactly("¶ 1.6");
    }

    @Test
    void anAuthorityCitedInAFootnoteCitesTheParagraphThatRefersToIt() throws IOException {
        Element modelLaw = entry(page("en/1/table-of-authorities/index.html"),
                "UN Model Law on Mutual Assistance in Criminal Matters (2007)");
        assertThat(modelLaw.select("a").eachAttr("href")).containsExactly("../requests/index.html#p2");
    }

    @Test
    void aMarkLeavesItsWordsInTheTextAndAddsNothingToThePage() throws IOException {
        Element paragraph = page("en/1/requests/index.html").getElementById("p1");
        assertThat(paragraph.text()).contains("such as the Organized Crime Convention, or on the");
        assertThat(paragraph.select("span[id], a[href*=authority]")).isEmpty();
    }

    @Test
    void theThaiTableUsesThaiNamesAndOrder() throws IOException {
        Document table = page("th/1/table-of-authorities/index.html");
        // Thai collation: กขค before เอ็กแซมเปีย (a leading vowel sorts after its consonant).
        assertThat(table.select("article h2").eachText()).containsExactly("ตราสารระหว่างประเทศ", "กขค", "เอ็กแซมเปีย");
        assertThat(names(table, "authorities-international").get(0)).isEqualTo("อนุสัญญาสหประชาชาติเพื่อต่อต้านองค์กรอาชญากรรมข้ามชาติ");
        // The Thai chapter names a law by its Thai title in the profile; the chapter not yet translated
        // is published in English, and its marks count too.
        Element fugitive = entry(table, "พระราชบัญญัติผู้หลบหนี (1975)");
        assertThat(fugitive.select("a").eachAttr("href")).containsExactly("../requests/index.html#p4",
                "../extradition/index.html#p1", "../countries/xa/index.html#laws");
        assertThat(entry(table, "Extradition Act (1998)").selectFirst(".index-term").attr("lang")).isEqualTo("en");
        assertThat(fugitive.selectFirst(".index-term").hasAttr("lang")).isFalse();
    }

    @Test
    void theEbookCarriesTheTableWithLinksIntoItsOwnDocuments() throws IOException {
        Path epub = site.resolve("en/1/handbook-en-1.epub");
        assertThat(EpubChecks.epubCheckFaults(epub)).isEmpty();
        Document table = Jsoup.parse(EpubChecks.files(epub).get("EPUB/page-table-of-authorities.xhtml").text());
        assertThat(table.select("h2").eachText()).containsExactly("International instruments", "Anotherland", "Australia", "Examplia");
        assertThat(entry(table, "Extradition Act (1998)").select("a").eachAttr("href"))
                .containsExactly("page-extradition.xhtml#p1", "page-extradition.xhtml#p14", "country-xa.xhtml#laws");
    }

    @Test
    void markingAnAuthorityLeavesTheTranslationsUpToDate(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("authorities", workspace);
        TestHandbooks.replace(handbook.resolve("chapters/en/01-requests.md"), "Where no treaty applies, Examplia",
                "Where no [treaty](authority: \"XA; Treaty on Extradition between Examplia and Anotherland\") applies, Examplia");
        BuildResult marked = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);
        assertThat(marked.diagnostics()).isEmpty();
        Document table = Jsoup.parse(workspace.resolve("site/en/1/table-of-authorities/index.html").toFile(), "UTF-8");
        assertThat(entry(table, "Anotherland: Treaty on Extradition between Examplia and Anotherland (2001)").select("a")
                .eachText()).containsExactly("¶ 1.3", "¶ 2.14", "country profile");
    }

    @Test
    void marksUnderHeadingsNumberingDoesNotReachCiteTheNumberedSectionOnce(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("authorities", workspace);
        TestHandbooks.write(handbook.resolve("chapters/en/03-forms.md"), String.join("\n", "---", "id: forms", "title: Forms",
                "---", "", "## A model request {#model}", "", "### The request {#request}", "", "#### 1. Legal basis", "",
                "The request relies on the [Convention](authority: \"UNTOC\").", "", "#### 2. Assistance requested", "",
                "Measures under the [Convention](authority: \"UNTOC\") and the [Act](authority: \"XA; Extradition Act (1998)\").",
                ""));
        BuildResult built = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);
        assertThat(built.diagnostics()).isEmpty();
        Document table = Jsoup.parse(workspace.resolve("site/en/1/table-of-authorities/index.html").toFile(), "UTF-8");
        assertThat(entry(table, "UN Convention against Transnational Organized Crime").select("a[href^=../forms/]").eachText())
                .containsExactly("3.1.1");
        assertThat(entry(table, "Extradition Act (1998)").select("a[href^=../forms/]").eachAttr("href"))
                .containsExactly("../forms/index.html#request");
    }

    @Test
    void aNameIsShownAsTextWhateverItHolds(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("authorities", workspace);
        TestHandbooks.replace(handbook.resolve("chapters/en/01-requests.md"), "Where no treaty applies",
                "Where no [treaty](authority: \"XB; <img src=x onerror=alert(1)> & <script>alert(2)</script>\") applies");
        BuildResult built = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);
        assertThat(built.diagnostics()).isEmpty();
        Path page = workspace.resolve("site/en/1/table-of-authorities/index.html");
        Document table = Jsoup.parse(page.toFile(), "UTF-8");
        assertThat(names(table, "authorities-xb")).contains("<img src=x onerror=alert(1)> & <script>alert(2)</script>");
        assertThat(table.select("article img, article script")).isEmpty();
        OutputSafety.assertNothingExecutableButTheThemesScript(workspace.resolve("site"));
    }

    @Test
    void aBookThatMarksAuthoritiesWithoutATableIsToldWhereToAddOne(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("authorities", workspace);
        Files.delete(handbook.resolve("chapters/en/90-table-of-authorities.md"));
        Files.delete(handbook.resolve("chapters/th/90-table-of-authorities.md"));
        BuildResult missing = Handbook.build(BuildRequest.build(handbook, Optional.empty()), Progress.NONE);
        assertThat(missing.diagnostics()).extracting(TableOfAuthoritiesTest::line).containsExactly(
                "chapters/en/01-requests.md:7:42 warning HB-AUTHORITIES-PAGE this book marks authorities but has no table of"
                        + " authorities to list them",
                "chapters/th/01-requests.md:13:29 warning HB-AUTHORITIES-PAGE this book marks authorities but has no table of"
                        + " authorities to list them");
    }

    @Test
    void aSecondTableInOneLanguageIsAnError(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("authorities", workspace);
        TestHandbooks.write(handbook.resolve("chapters/en/91-more-authorities.md"),
                "---\nid: more-authorities\ntitle: More authorities\nkind: authorities\n---\n\nMore.\n");
        BuildResult twice = Handbook.build(BuildRequest.build(handbook, Optional.empty()), Progress.NONE);
        assertThat(twice.diagnostics()).extracting(TableOfAuthoritiesTest::line).containsExactly(
                "chapters/en/91-more-authorities.md:2:5 error HB-AUTHORITIES-PAGE a book has one table of authorities, and"
                        + " chapters/en/90-table-of-authorities.md is it already");
    }

    private static String line(Diagnostic diagnostic) {
        return diagnostic.position().toString().replace('\\', '/') + " " + diagnostic.severity().label() + " "
                + diagnostic.code() + " " + diagnostic.message();
    }

    private static List<String> names(Document table, String group) {
        return table.getElementById(group).parent().select(".index-term").eachText();
    }

    private static Element entry(Document table, String name) {
        return table.select(".index-entry").stream()
                .filter(entry -> entry.selectFirst(".index-term").text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + name + " in " + table.select(".index-term").eachText()));
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }
}
