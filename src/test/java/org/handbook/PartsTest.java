package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.handbook.validators.NuHtmlChecker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code parts} fixture as readers of its site see it: a chapter before two parts, the second
 * holding a chapter with a section of its own and two sub-chapters, an annex after the parts; in
 * English and in Thai, which translates the first part and the extradition chapter and falls back
 * to English for the rest, the second part's own page included. Its first edition was flat, and
 * its "surrender" chapter is now the procedure sub-chapter, where its old address leads.
 */
class PartsTest {

    @TempDir
    static Path temp;

    private static Path site;
    private static BuildResult result;

    @BeforeAll
    static void buildOnce() throws Exception {
        site = temp.resolve("site");
        result = TestHandbooks.build("parts", site);
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile());
    }

    /** The text of an element's links, each as a reader sees it: "5.2 Conditions for extradition". */
    private static List<String> texts(Document page, String selector) {
        return page.select(selector).eachText();
    }

    @Test
    void buildsWithoutDiagnostics() {
        assertThat(result.diagnostics()).extracting(Diagnostic::code).isEmpty();
    }

    @Test
    void chaptersRunOnAcrossPartsAndSubChaptersAreNumberedAfterTheirChaptersOwnSections() throws IOException {
        Document home = page("en/2/index.html");

        assertThat(texts(home, ".contents > .contents-list:not(.contents-annexes) > li > a")).containsExactly("1 About this handbook",
                "Part I Foundations", "Part II Cooperation in practice");
        assertThat(texts(home, ".contents-part > .contents-list > li > a")).containsExactly("2 Requests for assistance",
                "3 Channels", "4 Gathering evidence", "5 Extradition");
        Element extradition = home.select(".contents-chapter").stream()
                .filter(chapter -> chapter.child(0).text().equals("5 Extradition")).findFirst().orElseThrow();
        assertThat(extradition.select(".contents-sections > li").eachText()).containsExactly("5.1 Sources of law",
                "5.2 Conditions for extradition", "5.3 Extradition procedure");
        assertThat(extradition.select(".contents-subchapter a").eachAttr("href"))
                .containsExactly("extradition-conditions/index.html", "extradition-procedure/index.html");
        assertThat(texts(home, ".contents-annex")).containsExactly("Annex A Request forms");
    }

    @Test
    void theNavigationNestsChaptersInTheirPartsAndSubChaptersUnderTheirChapter() throws IOException {
        Document conditions = page("en/2/extradition-conditions/index.html");
        Element nav = conditions.selectFirst("nav.book-nav > ol");

        assertThat(nav.select("> li > a").eachText()).containsExactly("Contents", "1 About this handbook",
                "Part I Foundations", "Part II Cooperation in practice");
        Element part = nav.select("> li.book-nav-part").get(1);
        assertThat(part.select("> ol > li > a").eachText()).containsExactly("4 Gathering evidence", "5 Extradition");
        Element chapter = part.select("> ol > li").get(1);
        assertThat(chapter.select("> ol > li > a").eachText()).containsExactly("5.2 Conditions for extradition",
                "5.3 Extradition procedure");
        assertThat(nav.select("a[aria-current=page]").eachText()).containsExactly("5.2 Conditions for extradition");
        assertThat(conditions.select("nav.book-nav > ol.book-nav-list").get(1).text())
                .as("the annexes, listed apart after the parts").isEqualTo("A Request forms");
    }

    @Test
    void aSubChapterIsHeadedWithItsNumberAndItsSectionsAreNumberedBelowIt() throws IOException {
        Document conditions = page("en/2/extradition-conditions/index.html");

        assertThat(conditions.selectFirst("main h1").text()).isEqualTo("5.2 Conditions for extradition");
        assertThat(texts(conditions, "article > h2, article > h3")).containsExactly("5.2.1 Dual criminality",
                "Listing and elimination approaches", "5.2.2 Speciality");
        assertThat(texts(conditions, "a.paragraph-number")).as("paragraphs carry the mark, and so never read as sections")
                .containsExactly("¶ 5.2.1", "¶ 5.2.2", "¶ 5.2.3", "¶ 5.2.4");
        assertThat(texts(conditions, ".breadcrumbs li")).containsExactly("Contents", "Cooperation in practice",
                "Extradition", "Conditions for extradition");
        assertThat(page("en/2/extradition/index.html").select("main article > h2").eachText())
                .as("the chapter's own section").containsExactly("5.1 Sources of law");
    }

    @Test
    void aPartHasAPageOfItsOwnWithItsIntroductionAndItsChapters() throws IOException {
        Document part = page("en/2/cooperation/index.html");

        assertThat(part.selectFirst("main h1").text()).isEqualTo("Part II Cooperation in practice");
        assertThat(part.selectFirst("article.part").text()).contains("The second part follows a case");
        assertThat(texts(part, "nav.page-children h2")).containsExactly("In this part");
        assertThat(texts(part, "nav.page-children li")).containsExactly("4 Gathering evidence", "5 Extradition");
        assertThat(texts(page("en/2/extradition/index.html"), "nav.page-children li"))
                .containsExactly("5.2 Conditions for extradition", "5.3 Extradition procedure");
        assertThat(page("en/2/requests/index.html").select("nav.page-children")).as("a chapter with no sub-chapters").isEmpty();
    }

    @Test
    void previousAndNextGoInReadingOrderThroughThePartPages() throws IOException {
        List<String> order = new ArrayList<>();
        String next = "en/2/index.html";
        while (true) {
            Element link = page(next).selectFirst("a.pager-next");
            if (link == null) {
                break;
            }
            next = site.resolve(next).getParent().resolve(link.attr("href")).normalize().toString()
                    .substring(site.toString().length() + 1);
            order.add(next.replace("/index.html", "").replace("en/2/", ""));
        }
        assertThat(order).containsExactly("about", "foundations", "requests", "channels", "cooperation", "evidence",
                "extradition", "extradition-conditions", "extradition-procedure", "forms");
        assertThat(page("en/2/cooperation/index.html").selectFirst("a.pager-previous").text()).isEqualTo("Previous Channels");
    }

    @Test
    void crossReferencesNamePartsChaptersAndSubChaptersAsTheyAreNumbered() throws IOException {
        assertThat(texts(page("en/2/about/index.html"), "article a[href*=index.html]:not(.cite):not(.paragraph-number)"))
                .containsExactly("Part I, Foundations", "Part II, Cooperation in practice", "Chapter 5, Extradition",
                        "Section 5.2, Conditions for extradition", "Section 5.2.1, Dual criminality",
                        "Section 5.3, Extradition procedure", "Section 5.1, Sources of law");
        assertThat(texts(page("th/2/about/index.html"), "article a[href*=index.html]:not(.cite):not(.paragraph-number)"))
                .as("in Thai, the second part and the procedure taken from English")
                .containsExactly("ภาคที่ I พื้นฐาน", "ภาคที่ II Cooperation in practice", "บทที่ 5 การส่งผู้ร้ายข้ามแดน",
                        "หัวข้อ 5.2 เงื่อนไขการส่งผู้ร้ายข้ามแดน", "หัวข้อ 5.2.1 หลักความผิดสองรัฐ",
                        "หัวข้อ 5.3 Extradition procedure", "หัวข้อ 5.1 ที่มาของกฎหมาย");
    }

    @Test
    void aTranslationMirrorsItsSourcesPartsAndWhatItLacksFallsBackAsAChapterDoes() throws IOException {
        Document home = page("th/2/index.html");

        assertThat(texts(home, ".contents > .contents-list:not(.contents-annexes) > li > a")).containsExactly("1 เกี่ยวกับคู่มือนี้",
                "ภาคที่ I พื้นฐาน", "ภาคที่ II Cooperation in practice");
        assertThat(home.select(".contents-part > a > span[lang=en]").eachText()).containsExactly("Cooperation in practice");
        Document part = page("th/2/cooperation/index.html");
        assertThat(part.select("article[lang=en]")).as("the untranslated part's own page, in English").hasSize(1);
        assertThat(part.select(".notice")).as("readers are told it is not translated yet").isNotEmpty();
        assertThat(texts(part, "nav.page-children li")).containsExactly("4 Gathering evidence", "5 การส่งผู้ร้ายข้ามแดน");
        assertThat(texts(page("th/2/extradition/index.html"), "nav.page-children li"))
                .containsExactly("5.2 เงื่อนไขการส่งผู้ร้ายข้ามแดน", "5.3 Extradition procedure");
        assertThat(texts(page("th/2/extradition-conditions/index.html"), ".breadcrumbs li"))
                .containsExactly("สารบัญ", "Cooperation in practice", "การส่งผู้ร้ายข้ามแดน", "เงื่อนไขการส่งผู้ร้ายข้ามแดน");
    }

    @Test
    void pageAddressesAreFlatAndTheOldFlatChapterLeadsToItsNewPlace() throws IOException {
        for (String id : List.of("about", "foundations", "requests", "cooperation", "extradition", "extradition-conditions",
                "extradition-procedure", "forms")) {
            assertThat(site.resolve("en/2/" + id + "/index.html")).as(id).isRegularFile();
        }
        Document moved = page("en/2/surrender/index.html");
        assertThat(moved.select("meta[http-equiv=refresh]").eachAttr("content"))
                .containsExactly("0; url=../extradition-procedure/index.html");
        assertThat(moved.body().text()).isEqualTo("This page has moved to: Section 5.3, Extradition procedure");
        assertThat(page("th/2/surrender/index.html").body().text())
                .isEqualTo("หน้านี้ย้ายไปที่: หัวข้อ 5.3 Extradition procedure");
        assertThat(page("en/1/surrender/index.html").select("meta[http-equiv=refresh]"))
                .as("the first edition keeps its chapter").isEmpty();
        assertThat(texts(page("en/1/index.html"), ".contents-chapter > a")).as("the first edition, flat as it was")
                .containsExactly("1 About this handbook", "2 Requests for assistance", "3 Extradition", "4 Surrender");
    }

    @Test
    void theManifestNamesPartsAndTheChangesPageTheirArrival() throws IOException {
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(site.resolve("manifest.json")));
        List<String> parts = new ArrayList<>();
        manifest.get("pages").forEach(page -> {
            if (page.get("kind").asString().equals("part")) {
                parts.add(page.get("url").asString() + " " + page.get("source").asString());
            }
        });
        assertThat(parts).containsExactly("/en/2/foundations/ chapters/en/02-foundations/_part.md",
                "/en/2/cooperation/ chapters/en/03-cooperation/_part.md",
                "/th/2/foundations/ chapters/th/02-foundations/_part.md",
                "/th/2/cooperation/ chapters/en/03-cooperation/_part.md");
        Document changes = page("en/2/changes/index.html");
        assertThat(changes.text()).as("the first edition was flat: its parts and sub-chapters are new")
                .contains("Added Part I Foundations", "Added 5.2 Conditions for extradition", "Removed 4 Surrender");
    }

    @Test
    void theSubjectIndexAndSearchCiteTheNumbersReadersSee() throws IOException {
        Document index = page("en/2/subject-index/index.html");
        assertThat(index.select("main a").eachText()).as("a paragraph of a sub-chapter, a section of one")
                .contains("¶ 5.2.2", "5.3.2");
        Document search = page("en/2/search/index.html");
        assertThat(search.select(".title-index-pages > li > a").eachText()).contains("Part II Cooperation in practice",
                "5.2 Conditions for extradition");
    }

    @Test
    void aTranslationLeftOutsideThePartItsSourceMovedIntoIsPublishedInThePartWithAWarning(@TempDir Path workspace)
            throws Exception {
        Path handbook = TestHandbooks.copy("parts", workspace.resolve("handbook"));
        Files.move(handbook.resolve("chapters/th/02-foundations/01-requests.md"), handbook.resolve("chapters/th/00-requests.md"));

        BuildResult moved = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);

        assertThat(TestHandbooks.report(moved.diagnostics())).isEqualTo("""
                chapters/th/00-requests.md:2:5: warning: this translation is at 00-requests.md but its source is at \
                02-foundations/01-requests.md; it is published at its source's place [HB-TRANSLATION-PLACE]
                    hint: move the file to 02-foundations/01-requests.md in this language's folder, so that the \
                translation mirrors its source
                """);
        Document part = Jsoup.parse(workspace.resolve("site/th/2/foundations/index.html").toFile());
        assertThat(texts(part, "nav.page-children li")).containsExactly("2 คำร้องขอความช่วยเหลือ", "3 Channels");
    }

    @Test
    void theSameSourcesGiveTheSameSite(@TempDir Path again) throws Exception {
        Handbook.build(BuildRequest.build(TestHandbooks.fixture("parts"), Optional.of(again)), Progress.NONE);
        java.util.Map<String, byte[]> first = TestHandbooks.snapshot(site);
        java.util.Map<String, byte[]> second = TestHandbooks.snapshot(again);

        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        for (String file : first.keySet()) {
            assertThat(second.get(file)).as(file).isEqualTo(first.get(file));
        }
    }

    @Test
    void everyPageIsValidHtmlAndEveryLinkLeadsSomewhere() throws Exception {
        assertThat(NuHtmlChecker.errors(site)).isEmpty();
        assertThat(SiteLinks.broken(site)).isEmpty();
    }
}
