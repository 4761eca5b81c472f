package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The print PDFs of the {@code references} fixture (English and Thai), read back with PDFBox: its text, contents page numbers, bookmarks, fonts and bytes.
 */
class PdfBookTest {

    @TempDir
    static Path temp;

    private static Path handbook;
    private static BuildResult result;
    private static byte[] pdf;

    @BeforeAll
    static void buildOnce() throws Exception {
        handbook = TestHandbooks.copy("references", temp.resolve("handbook"));
        TestHandbooks.replace(handbook.resolve("handbook.yml"), "    status: current",
                "    status: current\n    isbn: 978-0-306-40615-7");
        Files.writeString(handbook.resolve("handbook.yml"), Files.readString(handbook.resolve("handbook.yml"))
                + "pdf:\n  languages: [en, th]\n  pageSize: A4\n  publisher: Example Press\n  author: The Fixture Authors\n");
        result = Handbook.build(BuildRequest.build(handbook, Optional.of(temp.resolve("site"))), Progress.NONE);
        pdf = Files.readAllBytes(temp.resolve("site/en/2026/handbook-en-2026.pdf"));
    }

    @Test
    void aLanguageWhoseScriptNeedsShapingIsPrintedToo() throws IOException {
        assertThat(result.diagnostics()).extracting(Diagnostic::code).isEmpty();
        try (PDDocument thai = Loader.loadPDF(Files.readAllBytes(temp.resolve("site/th/2026/handbook-th-2026.pdf")))) {
            assertThat(String.join("\n", PdfChecks.pageTexts(thai))).contains("1 คำร้องขอ");
        }
    }

    @Test
    void aChaptersImageIsPrintedOnItsPage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = PdfChecks.pageTexts(document);
            int first = PdfChecks.startPage(pages, "2 Extradition");
            List<Integer> withImages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                var resources = document.getPage(i).getResources();
                for (var name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image
                            && image.getWidth() == 160 && image.getHeight() == 60) {
                        withImages.add(i + 1);
                    }
                }
            }
            assertThat(withImages).containsExactly(first);
        }
    }

    @Test
    void theContentsGiveThePageEachChapterStartsOn() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = PdfChecks.pageTexts(document);
            String contents = pages.stream().filter(text -> text.contains("Contents")).findFirst()
                    .orElseThrow(() -> new AssertionError("no contents page in " + pages));
            Matcher entry = Pattern.compile("(?m)^(1 Requests|2 Extradition|Annex A Forms|Annex B Glossary)[ .]*(\\d+)$")
                    .matcher(contents);
            List<String> checked = new ArrayList<>();
            while (entry.find()) {
                int page = Integer.parseInt(entry.group(2));
                assertThat(page).as(entry.group(1)).isEqualTo(PdfChecks.startPage(pages, entry.group(1)));
                checked.add(entry.group(1));
            }
            assertThat(checked).containsExactly("1 Requests", "2 Extradition", "Annex A Forms", "Annex B Glossary");
        }
    }

    @Test
    void chaptersStartOnARightHandPageUnderNoRunningHeadAndTheLeftHandPageAfterIsBlankOrHeadedWithTheBooksTitle() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = PdfChecks.pageTexts(document);
            for (String chapter : List.of("1 Requests", "2 Extradition", "Annex A Forms")) {
                int first = PdfChecks.startPage(pages, chapter);
                assertThat(first % 2).as("%s starts on page %d, a right-hand page", chapter, first).isEqualTo(1);
                assertThat(pages.get(first - 1).lines().filter(line -> line.equals(chapter)))
                        .as("%s's opening names it once, in its heading, and not again in a running head", chapter).hasSize(1);
                String next = pages.get(first);
                assertThat(next.isEmpty() || next.startsWith("Cooperation Handbook\n"))
                        .as("the page after %s's opening, blank or headed with the book's title: %s", chapter, next).isTrue();
            }
            // Read as running text: where a line breaks depends on the words before it.
            assertThat(pages).anySatisfy(text -> assertThat(text.replaceAll("\\s+", " ")).contains("Section 2.1, Dual criminality (p.\u00A0"));
        }
    }

    @Test
    void bookmarksMirrorTheContentsAndFontsAreEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).containsExactly("1 Requests", "2 Extradition", "Annex A Forms", "Annex B Glossary", "Index");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("NotoSans");
                }
            }
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("The Fixture Authors");
            // The imprint is page 4, on the back of the half-title.
            assertThat(PdfChecks.pageTexts(document).get(3)).contains("The Fixture Authors", "Example Press",
                    "ISBN 978-0-306-40615-7");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Cooperation Handbook");
        }
    }

    @Test
    void everyPageOfTheSiteLinksToThePdfAndTheManifestListsIt() throws IOException {
        assertThat(Jsoup.parse(temp.resolve("site/en/2026/requests/index.html").toFile())
                .select("a[type=application/pdf]").attr("href")).isEqualTo("../handbook-en-2026.pdf");
        assertThat(Files.readString(temp.resolve("site/manifest.json")))
                .contains("\"url\": \"/en/2026/handbook-en-2026.pdf\"", "\"pages\": ");
    }

    @Test
    void theGlossaryGivesThePagesThatUseEachTerm() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = PdfChecks.pageTexts(document);
            String glossary = pages.get(PdfChecks.startPage(pages, "Annex B Glossary") - 1);
            int extradition = PdfChecks.startPage(pages, "2 Extradition");
            assertThat(glossary).contains("Used in: Section 2.2, Assurances (p.\u00A0" + extradition + ")");
        }
    }

    @Test
    void paragraphNumbersCarryTheParagraphMarkInPrintAndNoCiteControlIsPrinted() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = PdfChecks.pageTexts(document);
            int requests = PdfChecks.startPage(pages, "1 Requests");
            String requestsText = pages.get(requests - 1).replaceAll("\\s+", " ");
            assertThat(requestsText).contains("¶ 1.1 ", "¶ 1.2 ");
            assertThat(requestsText).as("sections keep their bare numbers").contains("1.1 Before a request").doesNotContain("¶ 1.1 Before");
            String extradition = pages.get(PdfChecks.startPage(pages, "2 Extradition") - 1).replaceAll("\\s+", " ");
            assertThat(extradition).as("a cross-reference to a paragraph").contains("(¶ 1.2, p.\u00A0" + requests + ")");
            String glossary = pages.get(PdfChecks.startPage(pages, "Annex B Glossary") - 1).replaceAll("\\s+", " ");
            assertThat(glossary).contains("Used in: ¶ 1.1 (p.\u00A0" + requests + ")");
            assertThat(String.join("\n", pages)).doesNotContain("Cite");
        }
    }

    @Test
    void theSubjectIndexGivesThePageOfEachMark() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = PdfChecks.pageTexts(document);
            int index = PdfChecks.startPage(pages, "Index");
            String text = String.join("\n", pages.subList(index - 1, pages.size()));
            int extradition = PdfChecks.startPage(pages, "2 Extradition");
            // Set as an index is set: a comma before the pages, "See" and "See also" after a full stop.
            assertThat(text).contains("Confiscation, " + extradition, "Freezing, " + extradition + ". See also confiscation",
                    "seizure. See freezing");
        }
    }

    @Test
    void countryProfilesArePrintedWithTheirFactsAndLinksToThemGiveTheirPage(@TempDir Path workspace) throws Exception {
        Path countries = TestHandbooks.copy("countries", workspace.resolve("handbook"));
        Files.writeString(countries.resolve("handbook.yml"), Files.readString(countries.resolve("handbook.yml"))
                + "pdf:\n  languages: [en]\n");
        BuildResult built = Handbook.build(BuildRequest.build(countries, Optional.of(workspace.resolve("site"))), Progress.NONE);
        assertThat(built.hasErrors()).isFalse();
        byte[] printed = Files.readAllBytes(workspace.resolve("site/en/1/handbook-en-1.pdf"));
        try (PDDocument document = Loader.loadPDF(printed)) {
            List<String> pages = PdfChecks.pageTexts(document);
            int examplia = PdfChecks.startPage(pages, "Examplia");
            assertThat(pages.get(examplia - 1)).contains("Legal system", "Civil law", "Source: Ministry of Justice of Examplia");
            assertThat(String.join("\n", pages)).contains("Examplia (p.\u00A0" + examplia + ")");
            List<String> bookmarks = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(item -> bookmarks.add(item.getTitle()));
            assertThat(bookmarks).as("the part of the profiles, as its title page names it").contains("Country profiles");
        }
        assertThat(PdfChecks.veraPdfFailures(printed, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void letterPagesAndALongTableThatRepeatsItsHeaderOnEveryPage(@TempDir Path workspace) throws Exception {
        Path letter = TestHandbooks.copy("references", workspace.resolve("handbook"));
        StringBuilder rows = new StringBuilder("Table: Requests received {#table-requests-received}\n\n| Request | Country |\n| --- | --- |\n");
        for (int row = 1; row <= 150; row++) {
            rows.append("| Request number ").append(row).append(" | Examplia |\n");
        }
        TestHandbooks.write(letter.resolve("chapters/en/03-register.md"), "---\nid: register\ntitle: Register\n---\n\n" + rows);
        Files.writeString(letter.resolve("handbook.yml"), Files.readString(letter.resolve("handbook.yml"))
                + "pdf:\n  languages: [en]\n  pageSize: Letter\n");
        BuildResult built = Handbook.build(BuildRequest.build(letter, Optional.of(workspace.resolve("site"))), Progress.NONE);
        assertThat(built.hasErrors()).isFalse();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(workspace.resolve("site/en/2026/handbook-en-2026.pdf")))) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
            List<String> pages = PdfChecks.pageTexts(document);
            long withRows = pages.stream().filter(text -> text.contains("Request number ")).count();
            long withHeader = pages.stream().filter(text -> text.contains("Request number ") && text.contains("Request Country")).count();
            assertThat(withRows).as("the table runs over several pages").isGreaterThan(2);
            assertThat(withHeader).as("its header row is repeated on each of them").isEqualTo(withRows);
        }
    }

    @Test
    void aPdfIsDatedByItsEditionOrElseBySourceDateEpochOrNotAtAll(@TempDir Path workspace) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getCreationDate().toInstant().toString()).isEqualTo("2026-03-01T12:00:00Z");
        }
        Path undated = TestHandbooks.copy("countries", workspace.resolve("handbook"));
        Files.writeString(undated.resolve("handbook.yml"), Files.readString(undated.resolve("handbook.yml"))
                + "pdf:\n  languages: [en]\n");
        Handbook.build(BuildRequest.build(undated, Optional.of(workspace.resolve("plain"))), Progress.NONE);
        Handbook.build(BuildRequest.build(undated, Optional.of(workspace.resolve("dated")))
                .withSourceDate(Optional.of(java.time.LocalDate.of(2025, 12, 31))), Progress.NONE);
        try (PDDocument plain = Loader.loadPDF(Files.readAllBytes(workspace.resolve("plain/en/1/handbook-en-1.pdf")));
             PDDocument dated = Loader.loadPDF(Files.readAllBytes(workspace.resolve("dated/en/1/handbook-en-1.pdf")))) {
            assertThat(plain.getDocumentInformation().getCreationDate()).isNull();
            assertThat(dated.getDocumentInformation().getCreationDate().toInstant().toString()).isEqualTo("2025-12-31T12:00:00Z");
        }
    }

    @Test
    void veraPdfFindsItArchivalAndAccessible() throws Exception {
        assertThat(PdfChecks.veraPdfFailures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(PdfChecks.veraPdfFailures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void twoBuildsWriteTheSameBytes(@TempDir Path again) throws Exception {
        Handbook.build(BuildRequest.build(handbook, Optional.of(again.resolve("site"))), Progress.NONE);
        assertThat(Files.readAllBytes(again.resolve("site/en/2026/handbook-en-2026.pdf"))).isEqualTo(pdf);
    }
}
