package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.handbook.search.PagefindBinary;
import org.handbook.validators.BrowserSearch;
import org.handbook.validators.BrowserSearch.Query;
import org.handbook.validators.BrowserSearch.Shown;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search over a book in each script: Pagefind's index per language and edition, Lao, Khmer and
 * Myanmar segmented for it with ICU, and what a reader sees in Chromium when typing a word that
 * sits in the middle of a phrase.
 */
class SearchTest {

    private static final List<String> LANGUAGES = List.of("en", "th", "km", "lo", "my");

    @TempDir
    static Path temp;

    private static Path site;
    private static BuildResult result;

    @BeforeAll
    static void buildOnce() throws Exception {
        site = temp.resolve("site");
        result = TestHandbooks.build("scripts", site);
    }

    @Test
    void everyLanguageAndEditionHasItsOwnIndexOfItsContentPages() throws IOException {
        assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain("HB-SEARCH-UNAVAILABLE");
        for (String language : LANGUAGES) {
            Path bundle = site.resolve(language + "/2026/pagefind");
            assertThat(bundle.resolve("pagefind.js")).isRegularFile();
            assertThat(Files.readString(bundle.resolve("pagefind-entry.json")))
                    .as("one chapter indexed; home, search and other list pages are not")
                    .contains("\"" + language + "\":{").contains("\"page_count\":1");
            assertThat(bundle.resolve("pagefind-ui.js")).as("the ready-made interface is not shipped").doesNotExist();
        }
    }

    @Test
    void unspacedScriptsGetAWordListAndTheirPublishedPagesStayAsWritten() throws IOException {
        assertThat(words("lo")).contains("ປອດໄພ");
        assertThat(words("km")).contains("មន្ទីរពេទ្យ");
        assertThat(words("my")).contains("အကူအညီ");
        assertThat(site.resolve("th/2026/search/words.json")).as("Pagefind splits Thai itself").doesNotExist();
        assertThat(site.resolve("en/2026/search/words.json")).doesNotExist();
        assertThat(Files.readString(site.resolve("lo/2026/cooperation/index.html"))).contains("ຜູ້ເສຍຫາຍຕ້ອງປອດໄພ");
    }

    @Test
    void theSameSourcesGiveTheSameIndex(@TempDir Path again) throws Exception {
        Handbook.build(BuildRequest.build(TestHandbooks.fixture("scripts"), Optional.of(again.resolve("site"))), Progress.NONE);
        for (String language : LANGUAGES) {
            Map<String, byte[]> first = TestHandbooks.snapshot(site.resolve(language + "/2026/pagefind"));
            Map<String, byte[]> second = TestHandbooks.snapshot(again.resolve("site/" + language + "/2026/pagefind"));
            assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
            first.forEach((name, bytes) -> assertThat(second.get(name)).as(language + " " + name).isEqualTo(bytes));
        }
    }

    @Test
    void withoutTheEngineTheSiteIsPublishedWithItsTitleIndexAndOneWarning(@TempDir Path out) throws Exception {
        BuildResult built = Handbook.build(BuildRequest.build(TestHandbooks.fixture("scripts"), Optional.of(out.resolve("site")))
                .withSearchEngine(() -> new PagefindBinary.Unavailable("no network", "connect once")), Progress.NONE);

        assertThat(built.output()).contains(out.resolve("site"));
        assertThat(built.diagnostics()).filteredOn(d -> d.code().equals("HB-SEARCH-UNAVAILABLE")).singleElement()
                .satisfies(warning -> {
                    assertThat(warning.isError()).isFalse();
                    assertThat(warning.message()).contains("without its search index: no network", "list of titles");
                    assertThat(warning.hint()).isEqualTo("connect once");
                });
        assertThat(out.resolve("site/en/2026/pagefind")).doesNotExist();
        assertThat(out.resolve("site/lo/2026/search/index.html")).content(StandardCharsets.UTF_8).contains("title-index");
    }

    @Test
    void anEngineThatFailsIsReportedOnceAndTheSiteStillPublished(@TempDir Path out) throws Exception {
        Path failing = Files.writeString(out.resolve("pagefind"), "#!/bin/sh\necho 'Error: out of memory' >&2\nexit 3\n");
        assertThat(failing.toFile().setExecutable(true)).isTrue();

        BuildResult built = Handbook.build(BuildRequest.build(TestHandbooks.fixture("scripts"), Optional.of(out.resolve("site")))
                .withSearchEngine(() -> new PagefindBinary.Found(failing)), Progress.NONE);

        assertThat(built.output()).isPresent();
        assertThat(built.diagnostics()).filteredOn(d -> d.code().equals("HB-SEARCH-UNAVAILABLE")).singleElement()
                .satisfies(warning -> assertThat(warning.message())
                        .contains("Pagefind failed on en/2026: exit code 3: Error: out of memory"));
    }

    @Test
    void readersFindMidPhraseWordsInEveryScriptInChromium() throws IOException {
        List<Shown> shown = BrowserSearch.run(site, List.of(
                new Query("lo/2026/index.html", "ປອດໄພ"),
                new Query("km/2026/index.html", "មន្ទីរពេទ្យ"),
                new Query("my/2026/index.html", "အကူအညီ"),
                new Query("th/2026/index.html", "ระหว่างประเทศ"),
                new Query("en/2026/cooperation/index.html", "stack"),
                new Query("en/2026/search/index.html?q=shaping", ""),
                new Query("lo/2026/index.html", "qqxzzv")));

        for (Shown result : shown.subList(0, 6)) {
            String language = result.query().page().substring(0, 2);
            assertThat(result.links()).as(result.query().toString()).containsExactly("/" + language + "/2026/cooperation/index.html");
            assertThat(result.marked()).as(result.query() + ": the match is highlighted").isNotEmpty();
            assertThat(result.focusAfterArrowDown()).as("the down arrow moves into the results").isEqualTo("A");
            assertThat(result.errors()).isEmpty();
        }
        assertThat(shown.get(0).browserWords()).as("Chromium's own segmenter splits this Lao word, unlike ICU: the"
                + " query is split by the build's word list instead").hasSizeGreaterThan(1);
        assertThat(shown.get(0).excerpts().get(0)).as("the spaces added for the index are not shown")
                .contains("ຜູ້ເສຍຫາຍຕ້ອງປອດໄພ");
        assertThat(shown.get(0).status()).as("in the theme's Lao").isEqualTo("ພົບ 1 ໜ້າທີ່ກົງກັບ “ປອດໄພ”.");
        assertThat(shown.get(3).status()).isEqualTo("พบ 1 หน้าที่ตรงกับ “ระหว่างประเทศ”");
        assertThat(shown.get(0).sections()).as("sections of the page that match").contains("/lo/2026/cooperation/index.html#samples");
        assertThat(shown.get(6).links()).isEmpty();
        assertThat(shown.get(6).status()).as("in the theme's Lao").startsWith("ບໍ່ພົບໜ້າ");
        assertThat(shown).allSatisfy(result -> assertThat(result.bytes()).as("bytes fetched by the first results")
                .isLessThan(400_000));
    }

    @Test
    void profilesAnswerWithTheirFactAndExcerptsKeepTheirSpacesInAPanelOverThePage(@TempDir Path out) throws Exception {
        Path countries = out.resolve("site");
        Handbook.build(BuildRequest.build(TestHandbooks.fixture("countries"), Optional.of(countries)), Progress.NONE);
        Query attorney = new Query("en/1/overview/index.html", "attorney");
        List<Shown> shown = BrowserSearch.run(countries, List.of(
                attorney.atWidth(1280),
                attorney.atWidth(390),
                new Query("th/1/overview/index.html", "อัยการ").atWidth(390),
                new Query("en/1/overview/index.html", "international affairs"),
                attorney.atWidth(390).openedFromFolder(),
                new Query("en/1/overview/index.html", "criminal matters"),
                new Query("th/1/search/index.html?q=x", "").openedFromFolder()));

        for (Shown result : shown.subList(0, 3)) {
            assertThat(result.links()).as(result.query() + ": found only in the profiles")
                    .allMatch(link -> link.matches("/(en|th)/1/countries/x[ab]/index.html"));
            assertThat(result.anchors()).as("each result opens at the fact").containsOnly("#centralAuthority.body");
            assertThat(result.headingMoved()).as(result.query() + ": the results float over the page").isZero();
            assertThat(result.insideWindow()).as(result.query() + ": the panel fits the window").isTrue();
            assertThat(result.escapeBackInBox()).as("Escape from a result goes back to the box").isTrue();
            assertThat(result.escapeClosed()).as("and closes the results").isTrue();
            assertThat(result.errors()).isEmpty();
        }
        assertThat(shown.get(0).titles()).contains("Examplia — Central authority", "Anotherland — Central authority");
        assertThat(shown.get(0).facts()).containsOnly("Office of the Attorney General");
        assertThat(shown.get(2).titles()).contains("เอ็กแซมเปีย — ผู้ประสานงานกลาง");
        assertThat(shown.get(2).facts()).as("Thai, which the index splits into words, reads as written").contains("สำนักงานอัยการสูงสุด");

        Shown note = shown.get(3);
        assertThat(note.titles()).contains("Examplia — Central authority");
        assertThat(note.marked()).contains("international", "affairs");
        assertThat(note.excerpts()).as("the spaces after marked words are kept; the note's text is shown as text")
                .contains("Requests go to its international affairs department. <script>alert(1)</script>");

        Shown folder = shown.get(4);
        assertThat(folder.status()).startsWith("Search cannot read its index in a site opened from a folder;")
                .endsWith("Find a title in the list of every page and section");
        assertThat(folder.statusLinks()).singleElement().asString().endsWith("/en/1/search/index.html#title-index-heading");
        assertThat(folder.insideWindow()).isTrue();
        assertThat(folder.headingMoved()).isZero();
        assertThat(shown.get(6).status()).as("in the reader's language, on the search page too")
                .startsWith("การค้นหาอ่านดัชนีไม่ได้เมื่อเปิดเว็บไซต์จากโฟลเดอร์");

        Shown law = shown.get(5);
        assertThat(law.titles()).contains("Examplia — Mutual legal assistance");
        assertThat(law.excerpts()).as("a value listing laws is shown from the index's words")
                .contains("Mutual Assistance in Criminal Matters Act (No. 7/2005, 2005).");
        assertThat(shown.subList(4, 7)).allSatisfy(result -> assertThat(result.errors()).isEmpty());
    }

    private static String words(String language) throws IOException {
        return Files.readString(site.resolve(language + "/2026/search/words.json"));
    }
}
