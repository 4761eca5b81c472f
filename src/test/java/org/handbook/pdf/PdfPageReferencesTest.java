package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page a cross-reference leads to, as the print PDFs of the {@code print-refs} fixture give it
 * (English and Thai), read back with PDFBox: in parentheses of its own in running text, after a
 * comma inside the sentence's parentheses, none after a glossary term or an index term, and a space
 * after it before Thai text.
 */
class PdfPageReferencesTest {

    /** A Thai letter or mark: Thai runs its words together, so one right after ")" has no space before it. */
    private static final String THAI = "[\\u0E00-\\u0E7F]";

    @TempDir
    static Path temp;

    private static BuildResult result;

    @BeforeAll
    static void buildOnce() throws Exception {
        Path handbook = TestHandbooks.copy("print-refs", temp.resolve("handbook"));
        result = Handbook.build(BuildRequest.build(handbook, Optional.of(temp.resolve("site"))), Progress.NONE);
    }

    /** The text of each page of a book of the fixture, top to bottom. */
    private static List<String> pages(String language) throws IOException {
        Path pdf = temp.resolve("site/" + language + "/2026/handbook-" + language + "-2026.pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return PdfChecks.pageTexts(document);
        }
    }

    /**
     * The page a chapter starts on: the first with a line reading {@code label}, its heading (the
     * contents give it with leaders and a number). Unlike {@link PdfChecks#startPage}, whatever
     * the contents are called in the book's language.
     */
    private static int startPage(List<String> pages, String label) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).lines().anyMatch(line -> line.equals(label))) {
                return i + 1;
            }
        }
        throw new AssertionError("no page names " + label);
    }

    /** The whole book as running text: where a line breaks depends on the words before it. */
    private static String book(List<String> pages) {
        return String.join(" ", pages).replaceAll("[\\s\\u00a0]+", " ");
    }

    /** Each place in {@code text} that matches {@code pattern}, with a few words around it. */
    private static List<String> found(String text, String pattern) {
        return Pattern.compile(".{0,40}(" + pattern + ").{0,20}").matcher(text).results().map(MatchResult::group).toList();
    }

    @Test
    void aCrossReferenceInRunningTextGivesItsPageInParenthesesOfItsOwn() throws IOException {
        assertThat(result.diagnostics()).extracting(Diagnostic::code).isEmpty();
        List<String> pages = pages("en");
        int extradition = startPage(pages, "2 Extradition");
        int forms = startPage(pages, "Annex A Forms");
        assertThat(book(pages)).contains(
                "set out in Section 2.1 (p. " + extradition + ") and apply here too.",
                "Time limits are given in ¶ 2.2 (p. " + extradition + ").",
                "use the forms of Annex A, Forms (p. " + forms + ").");
    }

    @Test
    void insideTheSentencesParenthesesThePageFollowsAComma() throws IOException {
        List<String> pages = pages("en");
        int extradition = startPage(pages, "2 Extradition");
        int requests = startPage(pages, "1 Requests");
        assertThat(book(pages)).contains(
                "(see Section 2.1, p. " + extradition + ").",
                "listed in a table (Table 1.1, p. " + requests + ").")
                .doesNotContain("))");
    }

    @Test
    void glossaryTermsAndIndexTermsCarryNoPage() throws IOException {
        String book = book(pages("en"));
        assertThat(book).contains("sent to the central authority that the regional treaty (the AMLAT) names.",
                "Ask early about dual criminality, and use");
        assertThat(book).doesNotContainPattern("(central authority|AMLAT|dual criminality) \\(p\\.");
    }

    @Test
    void inThaiEachLanguagesWordsAndASpaceBeforeTheTextThatFollows() throws IOException {
        List<String> pages = pages("th");
        int extradition = startPage(pages, "2 Extradition");
        int requests = startPage(pages, "1 คำร้องขอ");
        // PDFBox may read a space where a shaped run of Thai starts, as at a link: the checks start with the link.
        String book = book(pages);
        assertThat(book).contains(
                "หัวข้อ 2.1 (หน้า " + extradition + ") ซึ่งใช้กับคำร้องขอด้วย",
                "(ดูหัวข้อ 2.1, หน้า " + extradition + ")",
                "(ตาราง 1.1, หน้า " + requests + ")",
                "หน่วยงานกลางที่สนธิสัญญาระดับภูมิภาค (AMLAT) กำหนด")
                .doesNotContain("))");
        assertThat(found(book, "\\(หน้า \\d+\\)" + THAI)).isEmpty();
    }

    @Test
    void theDefaultHandbooksPrintReadsAsPrint(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copyRepositoryHandbook(workspace.resolve("handbook"));
        TestHandbooks.replace(handbook.resolve("handbook.yml"), "pdf:\n  languages: [en, th, id, vi, lo, km, my]",
                "pdf:\n  languages: [en, th]\n  editions: [\"2026\"]");
        Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);
        for (String language : List.of("en", "th")) {
            Path pdf = workspace.resolve("site/" + language + "/2026/handbook-" + language + "-2026.pdf");
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
                String book = book(PdfChecks.pageTexts(document));
                assertThat(book).as(language).containsPattern("\\((p\\.|หน้า) \\d+\\)");
                assertThat(found(book, "AMLAT \\((?!continued\\)|ต่อ\\))|\\(page \\d")).as("%s: a term or the old wording with a page", language).isEmpty();
                assertThat(found(book, "\\((p\\.|หน้า) \\d+\\)\\)")).as("%s: a page in parentheses inside parentheses", language).isEmpty();
                assertThat(found(book, "\\(หน้า \\d+\\)" + THAI)).as("%s: Thai text run into a page reference", language).isEmpty();
                List<String> lines = PdfChecks.pageTexts(document).stream().flatMap(String::lines).toList();
                assertThat(lines).as("%s: a page reference broken between lines", language)
                        .noneMatch(line -> line.matches(".*\\((p\\.|หน้า)\\s*$"))
                        .noneMatch(line -> line.matches("^\\s*\\).*"));
                List<PrintedPageReferencesReader.Reference> references = PrintedPageReferencesReader.of(document);
                assertThat(references).as("%s: references read", language).hasSizeGreaterThan(20);
                assertThat(references).as("%s: the index's pages read", language)
                        .filteredOn(reference -> reference.text().matches("\\d.*")).hasSizeGreaterThan(20);
                assertThat(references).as("%s: a reference or an index page naming another page than the one it leads to", language)
                        .allMatch(reference -> reference.printed() == reference.leadsTo());
                List<PrintedIndexColumns.Page> index = PrintedIndexColumns.of(document, language.equals("en") ? "Index" : "ดัชนี");
                assertThat(index).as("%s: the index's pages", language).hasSizeGreaterThan(1);
                for (PrintedIndexColumns.Page page : index) {
                    assertThat(page.left()).as("%s: the left column of page %d, whose right one holds %s", language,
                            page.number(), page.right()).isNotEmpty();
                    for (List<String> column : List.of(page.left(), page.right())) {
                        assertThat(column.isEmpty() ? "" : column.get(column.size() - 1))
                                .as("%s: the last line of a column on page %d", language, page.number())
                                .doesNotMatch("\\p{L}");
                    }
                }
            }
        }
    }
}
