package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.handbook.bench.SyntheticHandbook;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.handbook.search.PagefindBinary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book too long to list whole on every page, as its readers see it: 985 chapters (the last 30
 * in a part) and 20 annexes, made at test time by the benchmark's generator, every paragraph with
 * a subject-index mark. Each page's navigation shows the reader's neighbourhood of the book and
 * links to the rest; the contents and the search page list the pages without their sections; the
 * subject index has a page per letter. Given too little memory, the build says how to give it more.
 */
class LongBookTest {

    private static final String BOOK = "en/" + SyntheticHandbook.EDITION + "/";
    private static final int PART_FROM = 955;
    private static final int PART_CHAPTERS = 30;

    @TempDir
    static Path temp;

    private static Path source;
    private static Path site;
    private static BuildResult result;

    @BeforeAll
    static void buildOnce() throws Exception {
        source = temp.resolve("book");
        SyntheticHandbook.generate(source, 1_005, List.of("en"));
        Path chapters = source.resolve("chapters/en");
        Path part = Files.createDirectories(chapters.resolve(String.format("%05d-closing-part", PART_FROM + 1)));
        Files.writeString(part.resolve("_part.md"), "---\nid: closing-part\ntitle: Closing part\n---\n\nThe last chapters.\n");
        for (int index = PART_FROM; index < PART_FROM + PART_CHAPTERS; index++) {
            String name = String.format("%05d-page-%05d.md", index + 1, index);
            Files.move(chapters.resolve(name), part.resolve(name));
        }
        site = temp.resolve("site");
        result = Handbook.build(BuildRequest.build(source, Optional.of(site))
                .withSearchEngine(() -> new PagefindBinary.Unavailable("not needed here", "")), Progress.NONE);
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(BOOK + path).toFile());
    }

    /** The navigation's entries at one level, as a reader sees them: "500 Asset recovery 500", "489 more". */
    private static List<String> entries(Element list) {
        return list.children().stream().map(Element::text).toList();
    }

    @Test
    void buildsWithNoErrors() {
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    }

    @Test
    void aChapterShowsTheTenChaptersEitherSideOfItAndLinksToTheContentsForTheRest() throws IOException {
        Document chapter = page("page-00499/index.html");
        Element top = chapter.selectFirst("nav.book-nav > ol.book-nav-list");

        List<String> entries = entries(top);
        assertThat(entries).hasSize(1 + 1 + 21 + 1);
        assertThat(entries.get(0)).isEqualTo("Contents");
        assertThat(entries.get(1)).isEqualTo("489 more");
        assertThat(entries.get(2)).startsWith("490 ");
        assertThat(entries.get(22)).startsWith("510 ");
        assertThat(entries.get(23)).as("955 chapters and a part at the top").isEqualTo("446 more");
        assertThat(top.select("li.book-nav-rest > a")).extracting(link -> link.attr("href"))
                .containsOnly("../index.html#contents-title");
        assertThat(chapter.select("nav.book-nav a[aria-current=page]").text()).startsWith("500 ");
        assertThat(chapter.select("nav.book-nav").hasClass("book-nav-pruned")).isTrue();
        assertThat(chapter.select("nav.book-nav ol.book-nav-list ol")).as("the closed part lists no chapters").isEmpty();
        assertThat(site.resolve(BOOK + "page-00499/index.html")).as("a light page").satisfies(file ->
                assertThat(Files.size(file)).isLessThan(40_000));
    }

    @Test
    void theFirstChapterShowsTheChaptersAfterItAndTheAnnexesAreAllListed() throws IOException {
        Document first = page("page-00000/index.html");
        List<String> entries = entries(first.selectFirst("nav.book-nav > ol.book-nav-list"));

        assertThat(entries.get(1)).startsWith("1 ");
        assertThat(entries.get(21)).startsWith("21 ");
        assertThat(entries.get(22)).isEqualTo("935 more");
        assertThat(first.select("nav.book-nav > p.book-nav-group + ol.book-nav-list > li")).hasSize(20)
                .noneMatch(item -> item.hasClass("book-nav-rest"));
    }

    @Test
    void aChapterInAPartOpensItsPartAtItsPlaceAndLinksToThePartForItsOtherChapters() throws IOException {
        Document chapter = page("page-00969/index.html");
        Element top = chapter.selectFirst("nav.book-nav > ol.book-nav-list");
        List<String> entries = entries(top);

        assertThat(entries.get(1)).isEqualTo("935 more");
        assertThat(entries).hasSize(1 + 1 + 21);
        Element part = top.children().last();
        assertThat(part.selectFirst("a").text()).isEqualTo("Part I Closing part");
        List<String> chapters = entries(part.selectFirst("ol.book-nav-list"));
        assertThat(chapters).hasSize(1 + 21 + 1);
        assertThat(chapters.get(0)).isEqualTo("4 more");
        assertThat(chapters.get(1)).startsWith("960 ");
        assertThat(chapters.get(21)).startsWith("980 ");
        assertThat(chapters.get(22)).isEqualTo("5 more");
        assertThat(part.select("li.book-nav-rest > a")).extracting(link -> link.attr("href"))
                .containsOnly("../closing-part/index.html");
        assertThat(part.select("a[aria-current=page]").text()).startsWith("970 ");
    }

    @Test
    void theContentsListEveryPageWithoutItsSections() throws IOException {
        Document home = page("index.html");

        assertThat(home.select(".contents-chapter")).hasSize(PART_FROM + PART_CHAPTERS);
        assertThat(home.select(".contents-annex")).hasSize(20);
        assertThat(home.select(".contents-sections")).isEmpty();
        assertThat(entries(home.selectFirst("nav.book-nav > ol.book-nav-list"))).as("the first chapters").hasSize(1 + 21 + 1);
    }

    @Test
    void theSearchPageListsEveryPageByItsTitleAndSaysSo() throws IOException {
        Document search = page("search/index.html");

        assertThat(search.select("#title-index-heading").text()).isEqualTo("Every page");
        assertThat(search.select(".title-index-pages > li")).hasSize(1_006);
        assertThat(search.select(".title-index-pages li li")).isEmpty();
    }

    @Test
    void theSubjectIndexHasAPageForEachLetterThatTheIndexPageAndTheManifestLead() throws IOException {
        Document index = page("subject-index/index.html");
        List<Element> letters = index.select(".index-letter-pages a");
        String manifest = Files.readString(site.resolve("manifest.json"));

        assertThat(index.select(".index-group")).isEmpty();
        assertThat(index.select("main p").text()).contains("This index has a page for each letter.");
        assertThat(letters).hasSizeGreaterThan(5);
        for (Element letter : letters) {
            Path file = site.resolve(BOOK + "subject-index/" + letter.attr("href"));
            assertThat(file).exists();
            Document page = Jsoup.parse(file.toFile());
            assertThat(page.select("h1").text()).isEqualTo("Index: " + letter.text());
            assertThat(page.select(".index-group h2").eachText()).containsExactly(letter.text());
            assertThat(page.select(".index-letters a[aria-current=page]").eachText()).containsExactly(letter.text());
            assertThat(page.select(".breadcrumbs li").eachText()).containsExactly("Contents", "Index", letter.text());
            assertThat(page.select(".breadcrumbs li:eq(1) a").attr("href")).isEqualTo("../index.html");
            assertThat(manifest).contains("\"/" + BOOK + "subject-index/" + letter.attr("href").replace("index.html", "") + "\"");
        }
        try (Stream<Path> files = Files.walk(site)) {
            assertThat(files.filter(Files::isRegularFile).filter(file -> file.toString().endsWith(".html")))
                    .as("no page of the site is larger than a few megabytes")
                    .allSatisfy(file -> assertThat(Files.size(file)).isLessThan(3_000_000));
        }
    }

    @Test
    void aBookTooLargeForTheMemoryGivenSaysHowToGiveItMoreAndPublishesNothing() throws Exception {
        Path out = temp.resolve("small-heap-site");
        Process process = TestHandbooks.cli(List.of("-Xmx48m", "-XX:+UseSerialGC"), "build", "--quiet", "--source",
                source.toString(), "--out", out.toString()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("handbook: the build needs more memory than the ")
                .contains(" MiB this run may use; run it again with more, for example HANDBOOK_JAVA_OPTS=-Xmx4g ./handbook build")
                .doesNotContain("internal error").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        assertThat(temp.resolve(".small-heap-site.staging")).doesNotExist();
    }
}
