package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds the fixture handbook once and checks the site a reader gets. */
class HandbookBuildTest {

    @TempDir
    static Path temp;

    private static Path site;
    private static BuildResult result;

    @BeforeAll
    static void buildOnce() throws Exception {
        site = temp.resolve("site");
        result = TestHandbooks.build("minimal", site);
    }

    @Test
    void buildSucceedsWithoutDiagnostics() {
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.output()).contains(site);
        assertThat(result.books()).extracting(book -> book.language() + "/" + book.edition() + "=" + book.pages())
                .containsExactly("en/2026=6", "th/2026=6");
    }

    @Test
    void everyPageInTheManifestExists() throws IOException {
        JsonNode manifest = manifest();
        assertThat(manifest.get("title").asString()).isEqualTo("Field Guide to Cooperation");
        assertThat(manifest.get("defaultLanguage").asString()).isEqualTo("en");
        assertThat(manifest.get("currentEdition").asString()).isEqualTo("2026");
        assertThat(manifest.get("languages").get(1).get("name").asString()).isEqualTo("ไทย");
        assertThat(manifest.get("editions").get(0).get("current").asBoolean()).isTrue();
        assertThat(manifest.get("pdfs").isEmpty()).isTrue();
        List<String> urls = new ArrayList<>();
        for (JsonNode page : manifest.get("pages")) {
            String url = page.get("url").asString();
            urls.add(url + " " + page.get("kind").asString() + " " + page.get("source").asString());
            Path file = site.resolve(url.substring(1) + (url.endsWith("/") ? "index.html" : ""));
            assertThat(file).as(url).isRegularFile();
        }
        assertThat(urls).containsExactly(
                "/en/2026/ home handbook.yml",
                "/en/2026/introduction/ chapter chapters/en/01-introduction.md",
                "/en/2026/channels/ chapter chapters/en/02-channels.md",
                "/en/2026/contacts/ annex chapters/en/10-contacts.md",
                "/en/2026/annexes/ annex-index chapters",
                "/en/2026/search/ search chapters",
                "/th/2026/ home handbook.yml",
                "/th/2026/introduction/ chapter chapters/th/01-introduction.md",
                "/th/2026/channels/ chapter chapters/en/02-channels.md",
                "/th/2026/contacts/ annex chapters/en/10-contacts.md",
                "/th/2026/annexes/ annex-index chapters",
                "/th/2026/search/ search chapters");
    }

    @Test
    void theSearchPageListsEveryPageAndSectionTitleForFindInPage() throws IOException {
        Document search = page("th/2026/search/index.html");
        assertThat(search.title()).startsWith("ค้นหา");
        assertThat(search.selectFirst("form.search-form").attr("action")).isEqualTo("index.html");
        assertThat(search.selectFirst("form.search-form input[name=q]")).isNotNull();
        assertThat(search.select(".title-index-pages > li > a").eachText())
                .containsExactly("1 บทนำ", "2 Channels", "ภาคผนวก A Contact points");
        assertThat(search.select(".title-index-pages li li a").eachText())
                .containsExactly("1.1 ขอบเขต", "1.1.1 ขอบเขต", "1.2 คำร้องขอและคำตอบ", "2.1 Police channels",
                        "A.1 Central authorities");
        assertThat(search.select(".title-index-pages li li a").eachAttr("href"))
                .contains("../introduction/index.html#scope-2", "../contacts/index.html#central-authorities");
        assertThat(search.select(".title-index-pages > li[lang=en] > a").eachText())
                .as("a page shown in the default language is marked as such")
                .containsExactly("2 Channels", "ภาคผนวก A Contact points");
        assertThat(search.select("form.site-search")).as("no second form on the search page").isEmpty();
    }

    @Test
    void everyOtherPageHasASearchFormLeadingToTheSearchPage() throws IOException {
        for (String path : List.of("en/2026/index.html", "en/2026/channels/index.html", "th/2026/annexes/index.html")) {
            Document page = page(path);
            assertThat(page.selectFirst("header form.site-search[role=search]").attr("action")).as(path)
                    .endsWith("search/index.html");
            assertThat(page.select("footer a").eachText()).as(path).anyMatch(text -> text.equals("Search")
                    || text.equals("ค้นหา"));
        }
        assertThat(page("en/2026/index.html").selectFirst("form.site-search").attr("action"))
                .isEqualTo("search/index.html");
    }

    @Test
    void chapterPageHasWhatEveryPageNeeds() throws IOException {
        Document page = page("en/2026/channels/index.html");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.title()).isEqualTo("Channels · Field Guide to Cooperation");
        assertThat(page.select(".page-toc a").eachAttr("href")).containsExactly("#police-channels");
        assertThat(page.selectFirst("a[rel=prev]").attr("href")).isEqualTo("../introduction/index.html");
        assertThat(page.selectFirst("a[rel=next]").attr("href")).isEqualTo("../contacts/index.html");
        assertThat(page.select(".breadcrumbs li").eachText())
                .as("the home page is the contents: the header names the handbook").containsExactly("Contents", "Channels");
        assertThat(page.select("a:contains(Edit this page)").attr("href"))
                .isEqualTo("https://example.org/handbook/edit/main/chapters/en/02-channels.md");
        assertThat(page.select(".language-switcher a").eachAttr("href"))
                .as("a language without a translation of the chapter publishes it from the default language")
                .containsExactly("index.html", "../../../th/2026/channels/index.html");
        OutputSafety.assertDataBlocksHoldOnlyJson(page);
        assertThat(page.select(OutputSafety.SCRIPTS)).as("the theme's own search and citation scripts, and no other")
                .satisfiesExactly(script -> {
                    assertThat(script.attr("type")).isEqualTo("module");
                    assertThat(script.attr("src")).isEqualTo("../../../assets/search." + assetHash("search") + ".js");
                    assertThat(script.data()).isEmpty();
                }, script -> {
                    assertThat(script.attr("type")).isEqualTo("module");
                    assertThat(script.attr("src")).isEqualTo("../../../assets/cite." + assetHash("cite") + ".js");
                    assertThat(script.data()).isEmpty();
                }, script -> {
                    assertThat(script.attr("type")).as("a classic script runs from a folder too").isEmpty();
                    assertThat(script.attr("src")).isEqualTo("../../../assets/search-offline." + assetHash("search-offline") + ".js");
                    assertThat(script.data()).isEmpty();
                });
    }

    private static String assetHash(String name) throws IOException {
        try (var files = Files.list(site.resolve("assets"))) {
            return files.map(file -> file.getFileName().toString()).filter(file -> file.startsWith(name + "."))
                    .map(file -> file.substring(name.length() + 1, file.lastIndexOf('.'))).findFirst().orElseThrow();
        }
    }

    @Test
    void languageSwitcherLeadsToTheSamePageInAnotherLanguage() throws IOException {
        Document page = page("th/2026/introduction/index.html");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("th");
        assertThat(page.select(".language-switcher a").eachAttr("href"))
                .containsExactly("../../../en/2026/introduction/index.html", "index.html");
        assertThat(page.select(".page-toc a").eachAttr("href")).as("a translation keeps its source's anchors")
                .containsExactly("#scope", "#scope-2", "#requests-replies");
        assertThat(page.select(".page-toc a").eachText()).containsExactly("1.1 ขอบเขต", "1.1.1 ขอบเขต", "1.2 คำร้องขอและคำตอบ");
    }

    @Test
    void everyPageNamesItsOtherLanguagesForSearchEngines() throws IOException {
        Document page = page("th/2026/channels/index.html");
        assertThat(page.select("link[rel=alternate]")).extracting(link -> link.attr("hreflang") + " " + link.attr("href"))
                .containsExactly("en ../../../en/2026/channels/index.html", "x-default ../../../en/2026/channels/index.html",
                        "th index.html");
        assertThat(site.resolve("sitemap.xml")).as("a sitemap needs the site's address, baseUrl").doesNotExist();
    }

    @Test
    void homePageListsChaptersAndTheirSections() throws IOException {
        Document home = page("en/2026/index.html");
        assertThat(home.select(".contents-list > li > a").eachText())
                .containsExactly("1 Introduction", "2 Channels", "Annex A Contact points");
        assertThat(home.select(".contents-annex > a").eachAttr("href")).containsExactly("contacts/index.html");
        assertThat(home.select(".contents-sections a").eachAttr("href")).contains(
                "introduction/index.html#scope", "introduction/index.html#requests-replies");
    }

    @Test
    void theAnnexIndexListsEveryAnnexWithItsLetterAndDescription() throws IOException {
        Document index = page("en/2026/annexes/index.html");
        assertThat(index.select(".annex-entry dt").eachText()).containsExactly("Annex A Contact points");
        assertThat(index.select(".annex-entry dd").eachText()).containsExactly("Where to send a request, country by country.");
        assertThat(page("en/2026/index.html").select("#annexes-title a").attr("href")).isEqualTo("annexes/index.html");
        Document thai = page("th/2026/annexes/index.html");
        assertThat(thai.select(".annex-entry dt a [lang]").eachAttr("lang")).as("an annex not yet translated, in English")
                .containsExactly("en");
    }

    @Test
    void stableAddressesLeadToTheCurrentEdition() throws IOException {
        assertThat(redirectTarget("index.html")).isEqualTo("en/2026/index.html");
        assertThat(redirectTarget("en/latest/index.html")).isEqualTo("../2026/index.html");
        assertThat(redirectTarget("en/latest/channels/index.html")).isEqualTo("../../2026/channels/index.html");
        assertThat(redirectTarget("th/index.html")).isEqualTo("2026/index.html");
        assertThat(site.resolve("404.html")).isRegularFile();
    }

    @Test
    void everyRelativeLinkAndStylesheetResolves() {
        assertThat(SiteLinks.broken(site)).isEmpty();
    }

    @Test
    void assetsCarryAHashOfTheirContent() throws IOException {
        Document page = page("en/2026/index.html");
        assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).matches("\\.\\./\\.\\./assets/style\\.[0-9a-f]{10}\\.css");
    }

    @Test
    void renderedChapterMatchesItsGoldenFile() throws IOException {
        Golden.assertMatches("handbooks/minimal/expected/en/2026/introduction.main.html",
                page("en/2026/introduction/index.html").selectFirst("main").outerHtml() + "\n");
        Golden.assertMatches("handbooks/minimal/expected/th/2026/home.main.html",
                page("th/2026/index.html").selectFirst("main").outerHtml() + "\n");
    }

    @Test
    void twoBuildsOfTheSameSourcesAreByteIdentical() throws Exception {
        Path again = temp.resolve("again");
        BuildResult second = Handbook.build(BuildRequest.build(TestHandbooks.fixture("minimal"), Optional.of(again)),
                Progress.NONE);
        assertThat(second.hasErrors()).isFalse();
        Map<String, byte[]> first = TestHandbooks.snapshot(site);
        Map<String, byte[]> other = TestHandbooks.snapshot(again);
        assertThat(other.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((name, bytes) -> assertThat(other.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void checkWritesNothing(@TempDir Path workspace) throws Exception {
        Path copy = TestHandbooks.copy("minimal", workspace);
        BuildResult checked = Handbook.build(BuildRequest.check(copy), Progress.NONE);
        assertThat(checked.diagnostics()).isEmpty();
        assertThat(checked.output()).isEmpty();
        assertThat(copy.resolve("target")).doesNotExist();
    }

    @Test
    void aHandbookMayTurnNumberingOff(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        Path config = handbook.resolve("handbook.yml");
        TestHandbooks.write(config, Files.readString(config) + "numbering:\n  depth: 0\n");
        Path out = workspace.resolve("site");
        assertThat(Handbook.build(BuildRequest.build(handbook, Optional.of(out)), Progress.NONE).hasErrors()).isFalse();
        Document page = Jsoup.parse(Files.readString(out.resolve("en/2026/introduction/index.html"), StandardCharsets.UTF_8));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Introduction");
        assertThat(page.select(".section-number, .page-number")).isEmpty();
    }

    @Test
    void resultDiagnosticsAreSortedForReading() {
        assertThat(result.diagnostics()).isSortedAccordingTo(Diagnostic.READING_ORDER);
    }

    private static JsonNode manifest() throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(site.resolve("manifest.json")));
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }

    private static String redirectTarget(String path) throws IOException {
        return page(path).selectFirst("link[rel=canonical]").attr("href");
    }
}
