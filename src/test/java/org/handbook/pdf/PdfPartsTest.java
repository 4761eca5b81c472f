package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.handbook.pdf.PrintedPageLines.Line;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The print PDFs of the {@code parts} fixture as a reader and a book designer see them: each part
 * on a right-hand title page of its own, without running head or folio, heading its chapters'
 * left-hand pages; the contents and bookmarks nesting chapters in their parts and sub-chapters in
 * their chapter; sub-chapters running on in their chapter, headed as sections.
 */
class PdfPartsTest {

    @TempDir
    static Path temp;

    private static BuildResult result;
    private static byte[] english;
    private static byte[] thai;

    @BeforeAll
    static void buildOnce() throws Exception {
        Path handbook = TestHandbooks.copy("parts", temp.resolve("handbook"));
        result = Handbook.build(BuildRequest.build(handbook, Optional.of(temp.resolve("site"))), Progress.NONE);
        english = Files.readAllBytes(temp.resolve("site/en/2/handbook-en-2.pdf"));
        thai = Files.readAllBytes(temp.resolve("site/th/2/handbook-th-2.pdf"));
    }

    @Test
    void aPartOpensOnARightHandTitlePageOfItsOwnWithNeitherRunningHeadNorFolio() throws IOException {
        assertThat(result.diagnostics()).extracting(Diagnostic::code).isEmpty();
        try (PDDocument document = Loader.loadPDF(english)) {
            List<String> pages = PdfChecks.pageTexts(document);
            int first = PdfChecks.startPage(pages, "Part I");
            int second = PdfChecks.startPage(pages, "Part II");
            assertThat(List.of(first, second)).as("right-hand pages").allMatch(page -> page % 2 == 1);
            assertThat(oneLine(pages.get(first - 1))).as("nothing but the part's number, title and introduction")
                    .isEqualTo("Part I Foundations The first part sets out how States ask each other for help: what a request"
                            + " holds, and the channels it travels through.");
            assertThat(oneLine(pages.get(second - 1))).startsWith("Part II Cooperation in practice The second part follows")
                    .endsWith("numbered on from the first part's.");
            assertThat(pages.get(first)).as("the back of the part title").isEmpty();
            assertThat(PdfChecks.startPage(pages, "2 Requests for assistance")).as("its first chapter, on the next right-hand page")
                    .isEqualTo(first + 2);
            assertThat(PdfChecks.startPage(pages, "4 Gathering evidence")).isEqualTo(second + 2);
        }
    }

    @Test
    void theContentsListThePartsTheirChaptersAndTheSubChaptersWithTheirPages() throws IOException {
        try (PDDocument document = Loader.loadPDF(english)) {
            List<String> pages = PdfChecks.pageTexts(document);
            int part = PdfChecks.startPage(pages, "Part II");
            int evidence = PdfChecks.startPage(pages, "4 Gathering evidence");
            int extradition = PdfChecks.startPage(pages, "5 Extradition");
            List<String> contents = pages.get(4).lines().map(line -> line.replaceAll("\\s*(\\.\\s*)+(\\d+)$", " … $2")).toList();
            assertThat(contents).containsSubsequence("1 About this handbook … 7", "Part I Foundations … " + (part - 6),
                    "2 Requests for assistance … " + (part - 4), "Part II Cooperation in practice … " + part,
                    "4 Gathering evidence … " + evidence, "5 Extradition … " + extradition,
                    "5.1 Sources of law … " + extradition, "5.2 Conditions for extradition … " + extradition,
                    "5.3 Extradition procedure … " + extradition, "Annex A Request forms … " + (extradition + 2));
            assertThat(contents).as("the contents go two levels deep").noneMatch(line -> line.startsWith("5.2.1"));
            List<Line> lines = PrintedPageLines.of(document).get(4);
            assertThat(size(lines, "Part II Cooperation in practice")).as("a part stands out above its chapters")
                    .isGreaterThan(size(lines, "4 Gathering evidence"));
        }
    }

    @Test
    void bookmarksNestChaptersInTheirPartsAndSubChaptersInTheirChapter() throws IOException {
        try (PDDocument document = Loader.loadPDF(english)) {
            List<String> tree = new ArrayList<>();
            outline(document.getDocumentCatalog().getDocumentOutline(), "", tree);
            assertThat(tree).containsExactly(
                    "1 About this handbook", "  1.1 How it is organised", "  1.2 Who it is for", "  1.3 How to read it",
                    "  1.4 Sources", "  1.5 Languages",
                    "Part I Foundations",
                    "  2 Requests for assistance", "    2.1 Before a request", "    2.2 What a request contains",
                    "  3 Channels", "    3.1 Central authorities", "    3.2 Police cooperation",
                    "Part II Cooperation in practice",
                    "  4 Gathering evidence", "    4.1 Witnesses", "    4.2 Documents and records", "    4.3 Objects and samples",
                    "    4.4 Costs and time", "    4.5 After the evidence arrives", "    4.6 Joint investigation teams",
                    "    4.7 Spontaneous information",
                    "  5 Extradition", "    5.1 Sources of law", "    5.2 Conditions for extradition",
                    "    5.3 Extradition procedure",
                    "Annex A Request forms",
                    "Index");
        }
        try (PDDocument document = Loader.loadPDF(thai)) {
            List<String> tree = new ArrayList<>();
            outline(document.getDocumentCatalog().getDocumentOutline(), "", tree);
            assertThat(tree).as("in Thai, the second part's own page from English").contains("ภาคที่ I พื้นฐาน",
                    "ภาคที่ II Cooperation in practice", "  5 การส่งผู้ร้ายข้ามแดน", "    5.2 เงื่อนไขการส่งผู้ร้ายข้ามแดน",
                    "    5.3 Extradition procedure");
        }
    }

    @Test
    void runningHeadsNameThePartOnTheLeftTheChapterOnTheRightAndFoliosCountEveryPageButTheBareOnes() throws IOException {
        try (PDDocument document = Loader.loadPDF(english)) {
            PrintedBook book = new PrintedBook(document);
            PdfPageGeometryTest.assertRunningHeads(book, "Handbook in Parts");
            PdfPageGeometryTest.assertFolios(book);
            int part = PdfChecks.startPage(PdfChecks.pageTexts(document), "Part II");
            assertThat(book.isPartTitle(part)).isTrue();
            assertThat(book.block.head(book.lines(part))).as("no running head on the part's title page").isEmpty();
            assertThat(book.block.folio(book.lines(part))).as("nor a folio").isEmpty();
            List<String> versoHeads = book.runningPages().stream().filter(page -> page % 2 == 0)
                    .map(page -> book.block.head(book.lines(page)).get(0).text()).distinct().toList();
            assertThat(versoHeads).as("the book's title outside the parts, the part's within it")
                    .containsExactly("Handbook in Parts", "Part II Cooperation in practice");
            book.writeSpread(org.handbook.Golden.repositoryRoot().resolve("target/print-pages/parts-en-pages-" + (part - 1) + "-" + part + ".png"), part - 1);
        }
    }

    @Test
    void aSubChapterRunsOnInItsChapterHeadedAsTheSectionItIsNumberedAs() throws IOException {
        try (PDDocument document = Loader.loadPDF(english)) {
            int page = PdfChecks.startPage(PdfChecks.pageTexts(document), "5 Extradition");
            List<Line> lines = PrintedPageLines.of(document).get(page - 1);
            float chapter = size(lines, "5 Extradition");
            float subchapter = size(lines, "5.2 Conditions for extradition");
            assertThat(size(lines, "5.3 Extradition procedure")).isEqualTo(subchapter);
            assertThat(subchapter).as("below the chapter's title").isLessThan(chapter)
                    .as("above its own sections").isGreaterThan(size(lines, "5.2.1 Dual criminality"))
                    .as("and level with the chapter's own sections, or above").isGreaterThanOrEqualTo(size(lines, "5.1 Sources of law"));
        }
    }

    @Test
    void crossReferencesToPartsAndSubChaptersGiveTheirPages() throws IOException {
        try (PDDocument document = Loader.loadPDF(english)) {
            List<String> pages = PdfChecks.pageTexts(document);
            String about = oneLine(pages.get(PdfChecks.startPage(pages, "1 About this handbook") - 1));
            int part = PdfChecks.startPage(pages, "Part II");
            int extradition = PdfChecks.startPage(pages, "5 Extradition");
            assertThat(about).contains("Part II, Cooperation in practice (p.\u00A0" + part + ")",
                    "Section 5.2, Conditions for extradition (p.\u00A0" + extradition + ")",
                    "Section 5.2.1, Dual criminality (p.\u00A0" + extradition + ")");
        }
    }

    @Test
    void veraPdfFindsBothArchivalAndAccessible() throws Exception {
        for (byte[] pdf : List.of(english, thai)) {
            assertThat(PdfChecks.veraPdfFailures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
            assertThat(PdfChecks.veraPdfFailures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static float size(List<Line> lines, String text) {
        return lines.stream().filter(line -> oneLine(line.text()).startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + text + "' in " + lines)).size();
    }

    private static void outline(PDOutlineNode node, String indent, List<String> into) {
        for (PDOutlineItem item : node.children()) {
            into.add(indent + item.getTitle());
            outline(item, indent + "  ", into);
        }
    }
}
