package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.handbook.model.Progress;
import org.handbook.validators.PageLayout;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's handbook as a reader meets it on a phone and on a desktop: every kind of page,
 * in every language, fits the screen at 320, 390 and 1280 px; on a 390 × 844 phone its title is
 * in the first 400 px, and each table scrolls sideways in one box of its own, never a box inside
 * another; every page of a book leads to every chapter, annex and country profile of it. The
 * English pages are photographed into {@code target/screenshots/} for a person to review.
 */
class ReaderLayoutTest {

    private static final int TITLE_WITHIN = 400;

    @TempDir
    static Path out;
    private static Path site;

    @BeforeAll
    static void buildThePages() throws Exception {
        site = out.resolve("site");
        BuildResult result = Handbook.build(BuildRequest.build(Golden.repositoryRoot(), Optional.of(site)).asPreview(),
                Progress.NONE);
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void everyKindOfPageFitsThePhoneAndTheDesktopWithItsTitleInView() throws Exception {
        List<String> pages = new ArrayList<>(DefaultSitePages.ofCurrentEdition());
        pages.add("en/2010/about/index.html");
        pages.add("404.html");
        List<String> photographed = pages.stream().filter(page -> page.startsWith("en/2026/") || page.equals("404.html")).toList();

        List<PageLayout.Measured> measured = PageLayout.measure(site, pages, photographed,
                Golden.repositoryRoot().resolve("target/screenshots"));

        assertThat(measured).extracting(PageLayout.Measured::page).containsExactlyElementsOf(pages);
        for (PageLayout.Measured page : measured) {
            page.widths().forEach((viewport, width) ->
                    assertThat(width).as("%s at %d px scrolls sideways", page.page(), viewport).isLessThanOrEqualTo(viewport));
            assertThat(page.headingTop()).as("top of %s's h1 on a 390 × 844 phone", page.page())
                    .isBetween(0.0, (double) TITLE_WITHIN);
            assertThat(page.overlaps()).as("%s: header controls that cover one another", page.page()).isEmpty();
            for (PageLayout.Table table : page.tables()) {
                assertThat(table.boxes()).as("%s: the boxes “%s” scrolls sideways in", page.page(), table.table())
                        .singleElement().satisfies(box -> {
                            assertThat(box.tabindex()).as("the keyboard reaches it").isEqualTo("0");
                            assertThat(box.name()).as("a screen reader names it").isNotBlank();
                        });
            }
        }
        assertThat(measured).filteredOn(page -> page.page().matches(".*/mutual-legal-assistance/index.html"))
                .as("comparisons of countries are among them").isNotEmpty()
                .allSatisfy(page -> assertThat(page.tables()).hasSizeGreaterThan(2));
        assertThat(measured).filteredOn(page -> page.page().matches(".*/changes/index.html"))
                .as("the changes' table of country facts is among them").isNotEmpty()
                .allSatisfy(page -> assertThat(page.tables()).isNotEmpty());
    }

    /** A title of one line leaves the phone's header shorter than the repository's two-line one: the menu button must still fit. */
    @Test
    void aNewHandbooksShortTitleLeavesEveryHeaderControlClearOfTheOthers(@TempDir Path workspace) throws Exception {
        Path handbook = workspace.resolve("guide");
        org.handbook.starter.StarterHandbook.write(handbook, new org.handbook.starter.StarterOptions("Field Guide", "2026",
                "test", true));
        Path built = workspace.resolve("site");
        BuildResult result = Handbook.build(BuildRequest.build(handbook, Optional.of(built)).asPreview(), Progress.NONE);
        assertThat(result.diagnostics()).isEmpty();
        List<PageLayout.Measured> measured = PageLayout.measure(built, List.of("en/2026/index.html",
                "en/2026/introduction/index.html", "en/2026/checklist/index.html", "en/2026/countries/th/index.html"));
        assertThat(measured).hasSize(4).allSatisfy(page -> {
            assertThat(page.overlaps()).as("%s: header controls that cover one another", page.page()).isEmpty();
            page.widths().forEach((viewport, width) -> assertThat(width).as("%s at %d px", page.page(), viewport)
                    .isLessThanOrEqualTo(viewport));
        });
    }

    @Test
    void everyPageOfABookLeadsToEveryChapterAnnexAndProfile() throws Exception {
        for (String book : List.of("en/2026", "th/2026", "en/2010")) {
            Path root = site.resolve(book);
            List<Path> chapters = pagesOf(root, "chapter");
            List<Path> profiles;
            try (Stream<Path> files = Files.list(root.resolve("countries"))) {
                profiles = files.filter(Files::isDirectory).map(folder -> folder.resolve("index.html")).sorted().toList();
            }
            assertThat(chapters).as(book).hasSizeGreaterThan(8);
            assertThat(profiles).as(book).hasSizeGreaterThan(5);
            List<Path> everyPage = new ArrayList<>(chapters);
            everyPage.addAll(profiles);
            everyPage.add(root.resolve("index.html"));
            everyPage.add(root.resolve("search/index.html"));
            for (Path page : everyPage) {
                Document document = Jsoup.parse(page.toFile());
                List<Path> linked = document.select("nav.book-nav a[href]").stream()
                        .map(link -> page.getParent().resolve(link.attr("href")).normalize()).toList();
                assertThat(linked).as(site.relativize(page) + " leads to").containsAll(chapters).containsAll(profiles);
                assertThat(document.select("nav.book-nav a[aria-current=page]")).as(site.relativize(page) + " marks itself")
                        .hasSize(1).allSatisfy(current ->
                                assertThat(page.getParent().resolve(current.attr("href")).normalize()).isEqualTo(page.normalize()));
                assertThat(document.select(".book-menu > summary").text()).as("the phone's menu button").isNotBlank();
            }
        }
        Document chapter = Jsoup.parse(site.resolve("en/2026/mutual-legal-assistance/index.html").toFile());
        assertThat(chapter.select("nav.book-nav .page-number").eachText()).startsWith("1", "2", "3", "4", "5", "6", "A");
        assertThat(chapter.select("h1 + nav.page-toc details:not([open]) > summary").text()).isEqualTo("On this page");
        Document annex = Jsoup.parse(site.resolve("en/2026/instruments-status/index.html").toFile());
        assertThat(annex.select("main table")).isNotEmpty().allSatisfy(table -> {
            assertThat(table.parent().hasClass("table-scroll")).as("a table scrolls in its own box").isTrue();
            assertThat(table.parent().attr("tabindex")).isEqualTo("0");
            assertThat(table.parent().attr("aria-label")).isEqualTo("Table: scroll sideways to see every column");
        });
        Document home = Jsoup.parse(site.resolve("en/2026/index.html").toFile());
        // How to cite the edition quotes its title, as a citation must; the page's own words name it once.
        home.select("section.home-cite").remove();
        assertThat(home.body().text().split("ASEAN Handbook on International Legal Cooperation", -1))
                .as("the home page names the handbook once").hasSize(2);
    }

    /** The pages of {@code kind} ("chapter" takes in annexes and the glossary) under a book's folder, by their model's page kind. */
    private static List<Path> pagesOf(Path book, String kind) throws Exception {
        try (Stream<Path> files = Files.walk(book, 2)) {
            return files.filter(file -> file.getFileName().toString().equals("index.html"))
                    .filter(file -> {
                        try {
                            return Jsoup.parse(file.toFile()).selectFirst("article.chapter, article.annex, article.glossary") != null;
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .sorted().toList();
        }
    }
}
