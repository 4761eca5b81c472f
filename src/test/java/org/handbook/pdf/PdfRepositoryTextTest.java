package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handbook.BuildRequest;
import org.handbook.Golden;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Progress;
import org.handbook.model.Severity;
import org.handbook.pdf.PrintedBlocks.Block;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The running text of the handbook this repository publishes, as its English and Thai 2026 books
 * print it, proofread as a book designer would: even leading, whole table rows within the
 * measure, headings with their text, no line or list item left alone at a page break.
 */
class PdfRepositoryTextTest {

    private static final Map<String, List<Block>> books = new LinkedHashMap<>();
    private static final Map<String, List<String>> pageTexts = new LinkedHashMap<>();
    private static final Map<String, List<List<PrintedPageLines.Line>>> pageLines = new LinkedHashMap<>();

    @BeforeAll
    static void buildTheEnglishAndThaiBooks(@TempDir Path temp) throws Exception {
        Path handbook = TestHandbooks.copyRepositoryHandbook(temp.resolve("handbook"));
        // The two books these tests read, not all eight the handbook prints.
        Path config = handbook.resolve("handbook.yml");
        String printed = Files.readString(config).replaceFirst("(?m)^pdf:\n  languages: \\[[^\\]]*\\]",
                "pdf:\n  languages: [en, th]\n  editions: [\"2026\"]");
        assertThat(printed).contains("editions: [\"2026\"]");
        Files.writeString(config, printed);
        var result = Handbook.build(BuildRequest.build(handbook, Optional.of(temp.resolve("site"))), Progress.NONE);
        assertThat(result.diagnostics()).filteredOn(diagnostic -> diagnostic.severity() == Severity.ERROR).isEmpty();
        for (String language : List.of("en", "th")) {
            Path pdf = temp.resolve("site/" + language + "/2026/handbook-" + language + "-2026.pdf");
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
                books.put(language, PrintedBlocks.read(document));
                pageTexts.put(language, PdfChecks.pageTexts(document));
                pageLines.put(language, PrintedPageLines.of(document));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void everyParagraphIsSetAtOneLeading(String language) {
        assertThat(PrintedFaults.unevenLeading(books.get(language))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void tablesKeepTheirRowsWholeAndWithinTheMeasure(String language) {
        List<Block> blocks = books.get(language);
        assertThat(PrintedFaults.rowsAcrossPages(blocks)).isEmpty();
        assertThat(PrintedFaults.tablesStartingWithoutARow(blocks)).isEmpty();
        assertThat(PrintedFaults.cellsPastTheMeasure(blocks)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void headingsListsAndParagraphsBreakAsABookDesignerWouldHaveThem(String language) {
        List<Block> blocks = books.get(language);
        assertThat(PrintedFaults.pagesEndingWithAHeading(blocks)).isEmpty();
        assertThat(PrintedFaults.headingsNotKeptWithText(blocks)).isEmpty();
        assertThat(PrintedFaults.orphansAndWidows(blocks)).isEmpty();
        assertThat(PrintedFaults.listItemsAlone(blocks)).isEmpty();
        assertThat(PrintedFaults.leadInsParted(blocks)).isEmpty();
    }

    /**
     * What trails a word stays on its line: no line starts with a footnote mark, or with the full
     * stop, comma or bracket after a mark, an emphasised word, a link or a page reference.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void noLineStartsWithWhatTrailsTheWordBeforeIt(String language) {
        assertThat(TrailingFaults.linesStartingWithAMark(pageLines.get(language))).isEmpty();
        assertThat(TrailingFaults.linesStartingWithPunctuation(pageLines.get(language))).isEmpty();
    }

    /** A country fact's label never ends a page with its value, note and source overleaf. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void aCountryFactStaysWithItsLabel(String language) throws Exception {
        Set<String> labels = new HashSet<>();
        for (String line : Files.readAllLines(Golden.repositoryRoot().resolve("theme/i18n/" + language + ".yml"))) {
            if (line.startsWith("country.field.")) {
                labels.add(line.substring(line.indexOf(':') + 1).strip().replaceAll("^\"|\"$", ""));
            }
        }
        assertThat(labels).hasSizeGreaterThan(20);
        List<String> pages = pageTexts.get(language);
        List<String> stranded = new ArrayList<>();
        for (int page = 0; page < pages.size(); page++) {
            List<String> lines = pages.get(page).lines().map(String::strip).filter(line -> !line.isEmpty())
                    .filter(line -> !line.matches("\\d+")).toList();
            if (!lines.isEmpty() && labels.contains(lines.get(lines.size() - 1))) {
                stranded.add("page " + (page + 1) + ": " + lines.get(lines.size() - 1));
            }
        }
        assertThat(stranded).isEmpty();
    }
}
