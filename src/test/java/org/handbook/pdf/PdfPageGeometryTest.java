package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Golden;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Progress;
import org.handbook.pdf.PrintedBook.Opening;
import org.handbook.pdf.PrintedPageLines.Line;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The print edition's pages as a book designer checks them, from where the text stands on them:
 * the running heads at the outer edge (the chapter's title on right-hand pages, the book's or the
 * part's on left-hand ones) and none on a page where a chapter, a profile or the index opens, blank
 * pages left blank, folios at the outer foot, and a text block whose lines hold 60 to 75
 * characters, in the English, Thai and Indonesian prints of the handbook this repository
 * publishes (A4; the Indonesian with its short running title) and in a handbook of running prose
 * on Letter and B5 pages. Pictures of a few spreads are left in {@code target/print-pages/}.
 */
class PdfPageGeometryTest {

    /** How far from the edge of the text block a head or a folio may stand, in points: a hair. */
    private static final float FLUSH = 1f;

    @TempDir
    static Path temp;

    /** The running titles the repository's handbook.yml gives; the Thai book's is its title. */
    private static final Map<String, String> RUNNING_TITLES = Map.of(
            "en", "ASEAN Handbook: Legal Cooperation in Trafficking in Persons Cases",
            "id", "Buku Pegangan ASEAN: Kerja Sama Hukum dalam Perkara Perdagangan Orang");

    private static final Map<String, byte[]> PUBLISHED = new HashMap<>();

    @BeforeAll
    static void printThePublishedHandbook() throws Exception {
        Path handbook = TestHandbooks.copyRepositoryHandbook(temp.resolve("handbook"));
        // The current edition is enough: the pages are the same in every edition. Indonesian has
        // the longest title, Thai another script.
        TestHandbooks.replace(handbook.resolve("handbook.yml"), "  languages: [en, th, id, vi, lo, km, my]\n  pageSize: A4",
                "  languages: [en, th, id]\n  editions: [\"2026\"]\n  pageSize: A4");
        BuildResult built = Handbook.build(BuildRequest.build(handbook, Optional.of(temp.resolve("site"))), Progress.NONE);
        assertThat(built.hasErrors()).as("%s", built.diagnostics()).isFalse();
        for (String language : List.of("en", "th", "id")) {
            PUBLISHED.put(language, Files.readAllBytes(temp.resolve("site/" + language + "/2026/handbook-" + language + "-2026.pdf")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "th", "id"})
    void runningHeadsStandAtTheOuterEdgeTheSectionsTitleOnTheRightTheBooksOrThePartsOnTheLeft(String language)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(PUBLISHED.get(language))) {
            PrintedBook book = new PrintedBook(document);
            assertRunningHeads(book, RUNNING_TITLES.getOrDefault(language, book.title));
            List<String> parts = book.openings.values().stream().flatMap(opening -> opening.part().stream()).distinct().toList();
            assertThat(parts).as("the country profiles are a part of their own, whose title heads their left-hand pages")
                    .isNotEmpty();
            int verso = book.runningPages().stream().filter(page -> page % 2 == 0 && book.runningPages().contains(page + 1))
                    .findFirst().orElseThrow(() -> new AssertionError("no spread within a chapter"));
            book.writeSpread(pictures().resolve(language + "-2026-a4-pages-" + verso + "-" + (verso + 1) + ".png"), verso);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "th", "id"})
    void noRunningHeadWhereAChapterAProfileOrTheIndexOpensAndNothingAtAllOnABlankPage(String language) throws IOException {
        try (PDDocument document = Loader.loadPDF(PUBLISHED.get(language))) {
            PrintedBook book = new PrintedBook(document);
            List<String> kinds = new ArrayList<>();
            for (Opening opening : book.openings.values()) {
                assertThat(book.block.head(book.lines(opening.page())))
                        .as("a running head on page %d, where %s opens", opening.page(), opening.title()).isEmpty();
                // The index closes the book.
                kinds.add(opening.part().isPresent() ? "profile" : opening == book.openings.lastEntry().getValue() ? "index" : "chapter");
            }
            assertThat(kinds).as("the openings checked").contains("chapter", "profile", "index");
            List<Integer> blanks = new ArrayList<>();
            for (int page = 2; page <= book.pages.size(); page++) {
                List<Line> text = new ArrayList<>(book.lines(page));
                text.removeAll(book.block.head(text));
                book.block.folio(text).ifPresent(text::remove);
                assertThat(text.isEmpty() && !book.isBlank(page))
                        .as("page %d has nothing on it but a running head or a folio: %s", page, book.lines(page)).isFalse();
                if (book.isBlank(page)) {
                    blanks.add(page);
                    assertThat(page % 2).as("blank page %d is a left-hand page", page).isZero();
                    assertThat(book.openings).as("blank page %d comes before a chapter that opens on the right", page)
                            .containsKey(page + 1);
                }
            }
            assertThat(blanks).as("the pages left blank so that every chapter opens on the right").isNotEmpty();
            book.writeSpread(pictures().resolve(language + "-2026-a4-pages-" + blanks.get(0) + "-" + (blanks.get(0) + 1) + ".png"),
                    blanks.get(0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "th", "id"})
    void foliosStandAtTheOuterFootOfEveryPageButABlankOneAndCountThePages(String language) throws IOException {
        try (PDDocument document = Loader.loadPDF(PUBLISHED.get(language))) {
            assertFolios(new PrintedBook(document));
        }
    }

    @Test
    void aFullLineOfEnglishBodyTextHoldsSixtyToSeventyFiveCharacters() throws IOException {
        try (PDDocument document = Loader.loadPDF(PUBLISHED.get("en"))) {
            PrintedBook book = new PrintedBook(document);
            assertMeasure(book);
            assertThat(book.block.versoLeft()).as("the outer margin is wider than the inner one")
                    .isGreaterThan(book.block.rectoLeft());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "th", "id"})
    void nothingButRunningHeadsAndFoliosStandsOutsideTheTextBlock(String language) throws IOException {
        try (PDDocument document = Loader.loadPDF(PUBLISHED.get(language))) {
            assertWithinTheBlock(new PrintedBook(document));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Letter, 612, 792", "B5, 498.9, 708.7"})
    void otherPageSizesKeepTheMeasureTheMirroredMarginsTheHeadsAndTheFolios(String size, float width, float height,
                                                                            @TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("print-pages", workspace.resolve("handbook"));
        TestHandbooks.replace(handbook.resolve("handbook.yml"), "pageSize: A4", "pageSize: " + size);
        BuildResult built = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);
        assertThat(built.hasErrors()).as("%s", built.diagnostics()).isFalse();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(workspace.resolve("site/en/1/handbook-en-1.pdf")))) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("page width in points").isCloseTo(width, within(0.5f));
            assertThat(document.getPage(0).getMediaBox().getHeight()).as("page height in points").isCloseTo(height, within(0.5f));
            PrintedBook book = new PrintedBook(document);
            assertThat(book.openings).as("the fixture's chapters").hasSize(3);
            for (Opening opening : book.openings.values()) {
                assertThat(book.block.head(book.lines(opening.page()))).as("a running head where %s opens", opening.title()).isEmpty();
            }
            assertRunningHeads(book, book.title);
            assertFolios(book);
            assertMeasure(book);
            assertWithinTheBlock(book);
            assertThat(book.block.versoLeft()).as("the outer margin is wider than the inner one").isGreaterThan(book.block.rectoLeft());
            int verso = book.runningPages().stream().filter(page -> page % 2 == 0).findFirst()
                    .orElseThrow(() -> new AssertionError("no left-hand page of running text"));
            book.writeSpread(pictures().resolve("print-pages-" + size + "-pages-" + verso + "-" + (verso + 1) + ".png"), verso);
        }
    }

    /**
     * On every page of running text one line stands above the text block: on a right-hand page flush
     * with its right edge, the title of the section the page is in; on a left-hand page flush with its
     * left edge, the title of the section's part or else of the book.
     */
    private static boolean onlyMarks(String text) {
        return !text.isBlank() && text.codePoints().allMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK
                || Character.isWhitespace(c));
    }

    static void assertRunningHeads(PrintedBook book, String bookTitle) {
        List<Integer> running = book.runningPages();
        assertThat(running.stream().filter(page -> page % 2 == 1)).as("right-hand pages of running text").isNotEmpty();
        assertThat(running.stream().filter(page -> page % 2 == 0)).as("left-hand pages of running text").isNotEmpty();
        for (int page : running) {
            // A tone mark drawn a little off its line's baseline is read back as a line of its own.
            List<Line> all = book.block.head(book.lines(page));
            List<Line> head = all.stream().filter(line -> !onlyMarks(line.text())).toList();
            String text = String.join("", all.stream().map(Line::text).toList());
            Opening section = book.sectionOf(page);
            assertThat(head).as("the running head of page %d, in %s, in one line", page, section.title()).hasSize(1);
            Line line = head.get(0);
            if (page % 2 == 1) {
                assertThat(PrintedBook.letters(text)).as("the head of right-hand page %d", page).isEqualTo(PrintedBook.letters(section.title()));
                assertThat(line.right()).as("where the head of right-hand page %d ends", page)
                        .isCloseTo(book.block.right(page), within(FLUSH));
            } else {
                assertThat(PrintedBook.letters(text)).as("the head of left-hand page %d", page)
                        .isEqualTo(PrintedBook.letters(section.part().orElse(bookTitle)));
                assertThat(line.left()).as("where the head of left-hand page %d starts", page)
                        .isCloseTo(book.block.left(page), within(FLUSH));
            }
        }
    }

    /**
     * Every page from the first chapter on that is neither blank nor a part's title page (which a
     * book leaves without a number) ends with its number, below the text block, flush with its outer
     * edge; the numbers go up one a page.
     */
    static void assertFolios(PrintedBook book) {
        Optional<Integer> previous = Optional.empty();
        int previousPage = 0;
        for (int page = book.firstOpening(); page <= book.pages.size(); page++) {
            if (book.isBlank(page) || book.isPartTitle(page)) {
                continue;
            }
            int at = page;
            Line folio = book.block.folio(book.lines(page))
                    .orElseThrow(() -> new AssertionError("page " + at + " has no number below its text block"));
            if (page % 2 == 1) {
                assertThat(folio.right()).as("where the number of right-hand page %d ends", page)
                        .isCloseTo(book.block.right(page), within(FLUSH));
            } else {
                assertThat(folio.left()).as("where the number of left-hand page %d starts", page)
                        .isCloseTo(book.block.left(page), within(FLUSH));
            }
            int number = Integer.parseInt(folio.text());
            if (previous.isPresent()) {
                assertThat(number - previous.get()).as("page %d's number after page %d's", page, previousPage)
                        .isEqualTo(page - previousPage);
            }
            previous = Optional.of(number);
            previousPage = page;
        }
    }

    /** Full lines of body text hold 60 to 75 characters on average, as a book's should. */
    private static void assertMeasure(PrintedBook book) {
        List<Line> full = book.block.fullLines(book.pages);
        assertThat(full).as("full lines of body text to measure").hasSizeGreaterThan(80);
        double average = full.stream().mapToInt(line -> line.text().length()).average().orElseThrow();
        assertThat(average).as("characters in a full line, on average over %d lines", full.size()).isBetween(60.0, 75.0);
    }

    /** Whatever is neither a running head nor a folio lies within the text block, or the engine has cut it off. */
    private static void assertWithinTheBlock(PrintedBook book) {
        for (int page = 2; page <= book.pages.size(); page++) {
            List<Line> lines = new ArrayList<>(book.lines(page));
            lines.removeAll(book.block.head(lines));
            book.block.folio(lines).ifPresent(lines::remove);
            for (Line line : lines) {
                assertThat(line.left()).as("where '%s' on page %d starts", line.text(), page)
                        .isGreaterThan(book.block.left(page) - FLUSH);
                assertThat(line.right()).as("where '%s' on page %d ends", line.text(), page)
                        .isLessThan(book.block.right(page) + FLUSH);
            }
        }
    }

    private static Path pictures() {
        return Golden.repositoryRoot().resolve("target/print-pages");
    }
}
