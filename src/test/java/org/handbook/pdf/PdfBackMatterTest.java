package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.handbook.pdf.PrintedPageLines.Glyph;
import org.handbook.pdf.PrintedPageLines.Line;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The back matter of the {@code print-back} fixture's PDF as a reader sees it: the subject index
 * in two columns with its pages as ranges and its cross-references in italic, the country
 * profiles behind a part title of their own, their notes and sources legible and black.
 */
class PdfBackMatterTest {

    @TempDir
    static Path temp;

    private static BuildResult result;
    private static byte[] pdf;

    @BeforeAll
    static void buildOnce() throws Exception {
        Path handbook = TestHandbooks.copy("print-back", temp.resolve("handbook"));
        result = Handbook.build(BuildRequest.build(handbook, Optional.of(temp.resolve("site"))), Progress.NONE);
        pdf = Files.readAllBytes(temp.resolve("site/en/1/handbook-en-1.pdf"));
    }

    @Test
    void theIndexIsSetInTwoColumnsAndItsLastPageIsBalanced() throws IOException {
        assertThat(result.diagnostics()).extracting(Diagnostic::code).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = PdfChecks.pageTexts(document);
            int first = PdfChecks.startPage(pages, "Index");
            assertThat(document.getNumberOfPages() - first).as("the fixture's index runs over more than a page").isPositive();
            float width = document.getPage(0).getMediaBox().getWidth();
            for (int page = first; page <= document.getNumberOfPages(); page++) {
                List<Line> entries = indexLines(document, page);
                float left = (float) entries.stream().mapToDouble(Line::left).min().orElseThrow();
                List<Line> leftColumn = entries.stream().filter(line -> line.left() < left + width / 4).toList();
                List<Line> rightColumn = entries.stream().filter(line -> line.left() >= left + width / 4).toList();
                float right = (float) rightColumn.stream().mapToDouble(Line::left).min().orElse(0);
                assertThat(rightColumn).as("page %d has a second column", page).isNotEmpty();
                float measure = (float) entries.stream().mapToDouble(Line::right).max().orElseThrow() - left;
                assertThat(right - left).as("the second column starts about halfway across").isGreaterThan(measure * 0.4f);
                // Every line starts at its column's edge or indented under it (a sub-entry, a runover),
                // and no line of the first column runs into the second.
                for (Line line : entries) {
                    float edge = line.left() < right ? left : right;
                    assertThat(line.left() - edge).as("'%s' on page %d", line.text(), page).isBetween(0f, 32f);
                }
                assertThat(leftColumn).allSatisfy(line -> assertThat(line.right()).as(line.text()).isLessThan(right - 6));
                if (page == document.getNumberOfPages()) {
                    float leftFoot = leftColumn.get(leftColumn.size() - 1).baseline();
                    float rightFoot = rightColumn.get(rightColumn.size() - 1).baseline();
                    assertThat(Math.abs(leftFoot - rightFoot)).as("the last page's columns end level, within what an entry kept whole moves")
                            .isLessThan(3 * 13f);
                }
            }
        }
    }

    @Test
    void pagesInARowAreOneRangeAndAPageIsNamedOnce() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = PdfChecks.pageTexts(document);
            int index = PdfChecks.startPage(pages, "Index");
            List<Integer> tracing = pagesOf(pages, index, "asset tracing");
            assertThat(tracing).as("the fixture marks asset tracing on three pages in a row, several times on some")
                    .hasSizeGreaterThan(3);
            TreeSet<Integer> tracingPages = new TreeSet<>(tracing);
            assertThat(tracingPages.last() - tracingPages.first() + 1).isEqualTo(tracingPages.size()).isGreaterThanOrEqualTo(3);
            IndexLine entry = indexLine(document, index, "Asset tracing, ");
            assertThat(entry.text()).isEqualTo("Asset tracing, " + tracingPages.first() + "\u2013" + tracingPages.last());
            assertThat(linkTarget(document, entry, String.valueOf(tracingPages.first())))
                    .as("the range leads to its first page").isEqualTo(tracingPages.first());

            List<Integer> liaison = pagesOf(pages, index, "liaison officers");
            assertThat(liaison).as("marked twice on one page, then on a later one").hasSize(3);
            assertThat(liaison.get(0)).isEqualTo(liaison.get(1));
            assertThat(liaison.get(2)).isGreaterThan(liaison.get(1) + 1);
            assertThat(indexLine(document, index, "liaison officers, ").text())
                    .isEqualTo("liaison officers, " + liaison.get(0) + ", " + liaison.get(2));
        }
    }

    @Test
    void seeAndSeeAlsoFollowTheTermInItalic() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = PdfChecks.pageTexts(document);
            int index = PdfChecks.startPage(pages, "Index");
            int recovery = PdfChecks.startPage(pages, "2 Recovering assets");
            Line see = indexLine(document, index, "seizure. ").line();
            assertThat(see.text()).isEqualTo("seizure. See freezing");
            assertThat(see.glyphsOf("See")).isNotEmpty().allMatch(Glyph::isItalic);
            assertThat(see.glyphsOf("seizure")).noneMatch(Glyph::isItalic);
            assertThat(see.glyphsOf("freezing")).isNotEmpty().noneMatch(Glyph::isItalic);
            Line seeAlso = indexLine(document, index, "Freezing, ").line();
            assertThat(seeAlso.text()).isEqualTo("Freezing, " + recovery + ". See also confiscation");
            assertThat(seeAlso.glyphsOf("See also").stream().filter(glyph -> !glyph.text().isBlank()))
                    .hasSize(7).allMatch(Glyph::isItalic);
            assertThat(seeAlso.glyphsOf("confiscation")).isNotEmpty().noneMatch(Glyph::isItalic);
        }
    }

    @Test
    void theIndexOpensOnARightHandPageUnderNoRunningHead() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = PdfChecks.pageTexts(document);
            int index = PdfChecks.startPage(pages, "Index");
            assertThat(index % 2).as("the index, page %d, is a right-hand page", index).isEqualTo(1);
            assertThat(pages.get(index - 1).lines().filter(line -> line.equals("Index"))).as("its heading, and no running head")
                    .hasSize(1);
            // The page after is a left-hand page, whose head is the book's title; the next right-hand one's is the index's.
            assertThat(pages.get(index)).as("the running head of the page after").startsWith("Back Matter Handbook\n");
            if (pages.size() > index + 1) {
                assertThat(pages.get(index + 1)).as("the running head of the next right-hand page").startsWith("Index\n");
            }
        }
    }

    @Test
    void theProfilesOpenBehindAPartTitleOnARightHandPage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = PdfChecks.pageTexts(document);
            int part = PdfChecks.startPage(pages, "Country profiles");
            assertThat(part % 2).as("the part title, page %d, is a right-hand page", part).isEqualTo(1);
            assertThat(pages.get(part - 1).replaceAll("\\s+", " ")).as("nothing but the part's title and what it holds")
                    .isEqualTo("Country profiles One profile for each country, with every fact's source and the date it holds as of.");
            int examplia = PdfChecks.startPage(pages, "Examplia");
            assertThat(examplia).as("the first profile opens on the next right-hand page").isEqualTo(part + 2);
            assertThat(pages.get(part)).as("the back of the part title is blank but for its page number").matches("\\d*");
        }
    }

    @Test
    void notesAndSourcesAreLegibleAndBlack() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = PdfChecks.pageTexts(document);
            int examplia = PdfChecks.startPage(pages, "Examplia");
            List<Glyph> note = new ArrayList<>();
            List<Glyph> source = new ArrayList<>();
            for (Line line : PrintedPageLines.inColumns(document, examplia)) {
                note.addAll(line.glyphsOf("Requests go to its international affairs department"));
                if (line.text().startsWith("Source: Ministry of Justice of Examplia")) {
                    source.addAll(line.glyphs());
                }
            }
            assertThat(note).as("the note under the central authority").isNotEmpty();
            assertThat(source).as("the source under the legal system").isNotEmpty();
            for (Glyph glyph : concat(note, source)) {
                assertThat(glyph.size()).as("'%s' in %s", glyph.text(), glyph.font()).isGreaterThanOrEqualTo(9f);
                for (float component : glyph.colour()) {
                    assertThat(component).as("'%s' is black, not grey", glyph.text()).isLessThan(0.15f);
                }
            }
        }
    }

    @Test
    void veraPdfFindsItArchivalAndAccessible() throws Exception {
        assertThat(PdfChecks.veraPdfFailures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(PdfChecks.veraPdfFailures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    /** The lines of an index page, without its running head and page number. */
    private static List<Line> indexLines(PDDocument document, int page) throws IOException {
        List<Line> lines = new ArrayList<>(PrintedPageLines.inColumns(document, page));
        lines.removeIf(line -> line.text().equals("Index") || line.text().matches("\\d+"));
        return lines;
    }

    /** A line of the index and the 1-based page it is on. */
    private record IndexLine(int page, Line line) {

        String text() {
            return line.text();
        }
    }

    /** The line of the index that begins with {@code start}. */
    private static IndexLine indexLine(PDDocument document, int index, String start) throws IOException {
        for (int page = index; page <= document.getNumberOfPages(); page++) {
            for (Line line : PrintedPageLines.inColumns(document, page)) {
                if (line.text().startsWith(start)) {
                    return new IndexLine(page, line);
                }
            }
        }
        throw new AssertionError("the index has no line beginning '" + start + "'");
    }

    /** The 1-based page of each time {@code words} stand in the text before the index, in order. */
    private static List<Integer> pagesOf(List<String> pages, int index, String words) {
        List<Integer> found = new ArrayList<>();
        for (int page = 1; page < index; page++) {
            Matcher matcher = Pattern.compile(Pattern.quote(words))
                    .matcher(pages.get(page - 1).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
            while (matcher.find()) {
                found.add(page);
            }
        }
        return found;
    }

    /** The 1-based page the link over {@code number} in an index line leads to. */
    private static int linkTarget(PDDocument document, IndexLine found, String number) throws IOException {
        Glyph digit = found.line().glyphsOf(number).get(0);
        float height = document.getPage(found.page() - 1).getMediaBox().getHeight();
        float x = digit.x() + digit.width() / 2;
        float y = height - digit.baseline() + digit.size() / 3;
        for (PDAnnotation annotation : document.getPage(found.page() - 1).getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link && link.getRectangle().contains(x, y)) {
                return targetPage(document, link) + 1;
            }
        }
        throw new AssertionError("no link over " + number + " in '" + found.text() + "'");
    }

    private static int targetPage(PDDocument document, PDAnnotationLink link) throws IOException {
        PDDestination destination = link.getAction() instanceof PDActionGoTo goTo ? goTo.getDestination() : link.getDestination();
        if (destination instanceof PDNamedDestination named) {
            destination = document.getDocumentCatalog().findNamedDestinationPage(named);
        }
        return ((PDPageDestination) destination).retrievePageNumber();
    }

    private static List<Glyph> concat(List<Glyph> first, List<Glyph> second) {
        List<Glyph> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }
}
