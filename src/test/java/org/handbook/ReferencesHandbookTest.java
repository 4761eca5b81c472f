package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        result = TestHandbooks.build("references", site);
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
        // The chapters not yet translated are published in English, so their terms follow the Thai ones.
        Document index = page("th/2026/subject-index/index.html");
        assertThat(index.select(".index-group > h2").eachText()).containsExactly("ก", "ข", "ค", "ท", "ห", "C", "D", "F", "M");
        assertThat(index.select(".index-entries > .index-entry > .index-term").eachText()).containsExactly(
                "การริบทรัพย์สิน", "การส่งผู้ร้ายข้ามแดน", "เขตอำนาจศาล", "ความช่วยเหลือซึ่งกันและกันทางอาญา",
                "โทษประหารชีวิต", "หน่วยงานกลาง", "หลักความผิดสองรัฐ", "Confiscation", "dual criminality", "Freezing", "MLA");
    }

    @Test
    void indexEntriesLeadToTheMarkAndCiteItsParagraphOrSection() throws IOException {
        Document index = page("en/2026/subject-index/index.html");
        assertThat(index.select(".index-subentries .index-entry").eachText())
                .as("a paragraph cited with its mark, a section by its number alone")
                .containsExactly("in assistance ¶ 1.2", "in extradition 2.1");
        assertThat(index.select(".index-subentries a").eachAttr("title"))
                .containsExactly("¶ 1.2", "Section 2.1, Dual criminality");
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
                .isEqualTo("Used in: ¶ 1.1");
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
    void referencesResolveInTheReadersLanguage() throws IOException {
        Document thai = page("th/2026/requests/index.html");
        assertThat(thai.select("article a[href*=glossary]").eachAttr("href"))
                .containsExactly("../glossary/index.html#central-authority");
        assertThat(thai.select("article a[href*=glossary]").eachText()).containsExactly("หน่วยงานกลาง");
        Document english = page("en/2026/requests/index.html");
        assertThat(english.select("article a[href*=glossary]").eachAttr("href")).containsExactly("../glossary/index.html#central-authority");
    }

    @Test
    void aChapterNotYetTranslatedIsPublishedInEnglishInTheThaiSite() throws IOException {
        Document thai = page("th/2026/requests/index.html");
        assertThat(thai.select("article > p a[href*=extradition]").eachAttr("href"))
                .containsExactly("../extradition/index.html#dual-criminality");
        Document extradition = page("th/2026/extradition/index.html");
        assertThat(extradition.selectFirst("html").attr("lang")).isEqualTo("th");
        assertThat(extradition.selectFirst("article").attr("lang")).isEqualTo("en");
        assertThat(extradition.select(".notice-missing").text()).contains("ไทย").contains("อังกฤษ");
        assertThat(extradition.select(".breadcrumbs li").eachText()).containsExactly("สารบัญ", "Extradition");
        assertThat(page("th/2026/index.html").select(".contents-chapter a [lang=en]").eachText())
                .containsExactly("Extradition", "Dual criminality", "Assurances");
    }

    @Test
    void whatATranslationLacksIsTakenFromItsSource(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace);
        TestHandbooks.replace(handbook.resolve("chapters/th/11-glossary.md"), "### การให้คำรับรอง {#assurance}", "### การให้คำรับรอง");
        Path out = workspace.resolve("site");

        BuildResult built = Handbook.build(BuildRequest.build(handbook, Optional.of(out)), Progress.NONE);

        assertThat(built.hasErrors()).isFalse();
        assertThat(built.diagnostics()).extracting(Diagnostic::code).contains("HB-TRANSLATION-ANCHORS");
        Document extradition = Jsoup.parse(out.resolve("th/2026/extradition/index.html").toFile());
        assertThat(extradition.select("article a[href*=glossary]").eachAttr("href"))
                .containsExactly("../../../en/2026/glossary/index.html#assurance");
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
