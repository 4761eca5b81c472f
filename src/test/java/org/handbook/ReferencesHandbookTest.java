package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handbook.model.Progress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code references} fixture as readers and editors meet it: the subject index in English and
 * Thai order, the glossary with each term's uses, numbered tables, "Referenced from" lists, and
 * references resolved per language with the default language as fallback.
 */
class ReferencesHandbookTest {

    @TempDir
    static Path temp;

    private static Path site;
    private static BuildResult result;

    @BeforeAll
    static void buildOnce() throws Exception {
        site = temp.resolve("site");
        result = Handbook.build(BuildRequest.build(TestHandbooks.fixture("references"), Optional.of(site)), Progress.NONE);
    }

    @Test
    void buildsWithoutDiagnostics() {
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void subjectIndexMatchesItsGoldenFileInEnglishAndThai() throws IOException {
        for (String language : List.of("en", "th")) {
            Golden.assertMatches("handbooks/references/expected/" + language + "/2026/subject-index.main.html",
                    page(language + "/2026/subject-index/index.html").selectFirst("main").outerHtml() + "\n");
        }
    }

    @Test
    void thaiTermsFollowThaiCollationNotCodePoints() throws IOException {
        // A leading vowel (เ, โ) is written first but sorted after its consonant: เขต under ข, โทษ under ท.
        Document index = page("th/2026/subject-index/index.html");
        assertThat(index.select(".index-group > h2").eachText()).containsExactly("ก", "ข", "ค", "ท", "ห", "M");
        assertThat(index.select(".index-entries > .index-entry > .index-term").eachText()).containsExactly(
                "การริบทรัพย์สิน", "การส่งผู้ร้ายข้ามแดน", "เขตอำนาจศาล", "ความช่วยเหลือซึ่งกันและกันทางอาญา",
                "โทษประหารชีวิต", "หน่วยงานกลาง", "MLA");
    }

    @Test
    void indexEntriesLeadToTheMarkAndCiteItsParagraphOrSection() throws IOException {
        Document index = page("en/2026/subject-index/index.html");
        assertThat(index.select(".index-subentries .index-entry").eachText())
                .containsExactly("in assistance 1.2", "in extradition 2.1");
        assertThat(index.select(".index-subentries a").eachAttr("href"))
                .containsExactly("../requests/index.html#ix-2", "../extradition/index.html#ix-1");
        assertThat(page("en/2026/requests/index.html").select("#ix-2")).hasSize(1);
        assertThat(index.select(".index-entry").eachText()).contains("seizure. see freezing",
                "Freezing 2.1. see also confiscation");
    }

    @Test
    void glossaryTermsListWhereTheyAreUsed() throws IOException {
        Golden.assertMatches("handbooks/references/expected/en/2026/glossary.main.html",
                page("en/2026/glossary/index.html").selectFirst("main").outerHtml() + "\n");
        Document glossary = page("en/2026/glossary/index.html");
        assertThat(glossary.select("#central-authority ~ .term-uses").first().text())
                .isEqualTo("Used in: paragraph 1.1");
        assertThat(glossary.select(".term-uses")).hasSize(2);
    }

    @Test
    void aChapterShowsNumberedTablesAndWhatRefersToIt() throws IOException {
        Golden.assertMatches("handbooks/references/expected/en/2026/requests.main.html",
                page("en/2026/requests/index.html").selectFirst("main").outerHtml() + "\n");
        Document requests = page("en/2026/requests/index.html");
        assertThat(requests.select("figure.table figcaption").eachText()).containsExactly("Table 1.1 What a request contains");
        assertThat(requests.select(".referenced-from a").eachText()).containsExactly(
                "Section 2.1, Dual criminality", "Section 2.2, Assurances", "Section A.1, Request form");
    }

    @Test
    void referencesResolveInTheReadersLanguageAndFallBackToTheDefaultOne() throws IOException {
        Document thai = page("th/2026/requests/index.html");
        // The Thai book has its own glossary: the term is looked up there.
        assertThat(thai.select("article a[href*=glossary]").eachAttr("href"))
                .containsExactly("../glossary/index.html#central-authority");
        // It has no extradition chapter: the reference lands on the English one.
        assertThat(thai.select("article a[href*=extradition]").eachAttr("href"))
                .containsExactly("../../../en/2026/extradition/index.html#dual-criminality");
        Document english = page("en/2026/requests/index.html");
        assertThat(english.select("article a[href*=glossary]").eachAttr("href")).containsExactly("../glossary/index.html#central-authority");
    }

    @Test
    void noReferenceOrMarkerSurvivesIntoAnyPage() {
        assertThat(SiteLinks.broken(site)).isEmpty();
    }

    @Test
    void theManifestListsTheIndexesAndTheGlossaryOfEveryLanguage() throws IOException {
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(site.resolve("manifest.json")));
        List<String> pages = new ArrayList<>();
        for (JsonNode page : manifest.get("pages")) {
            String kind = page.get("kind").asString();
            if (List.of("annex-index", "subject-index", "glossary").contains(kind)) {
                pages.add(kind + " " + page.get("url").asString());
            }
        }
        assertThat(pages).containsExactly(
                "glossary /en/2026/glossary/", "annex-index /en/2026/annexes/", "subject-index /en/2026/subject-index/",
                "glossary /th/2026/glossary/", "annex-index /th/2026/annexes/", "subject-index /th/2026/subject-index/");
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }
}
