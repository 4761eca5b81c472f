package org.handbook.pdf.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Progress;
import org.handbook.model.Severity;
import org.handbook.pdf.PdfChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The PDFs of the {@code scripts} fixture, one chapter each in Thai, Khmer, Lao and Myanmar,
 * checked against programs this project did not write: every shaped run draws the glyphs
 * HarfBuzz's {@code hb-shape} gives, where it puts them; poppler's {@code pdftotext} reads back
 * the source text; veraPDF passes PDF/A-2u and PDF/UA-1. The chapter pages are kept as images in
 * {@code target/shaping/} for a person to look at.
 */
class ShapedPdfTest {

    private static final Map<String, String> SAMPLES = Map.of("th", "ที่ปู่น้ำ", "km", "កិច្ចសហប្រតិបត្តិការ",
            "lo", "ພາສາລາວ", "my", "မြန်မာ");

    @TempDir
    static Path temp;

    private static Path handbook;
    private static BuildResult result;
    private static final Map<String, byte[]> pdfs = new LinkedHashMap<>();

    @BeforeAll
    static void buildOnce() throws Exception {
        handbook = TestHandbooks.copy("scripts", temp.resolve("handbook"));
        result = Handbook.build(BuildRequest.build(handbook, Optional.of(temp.resolve("site"))), Progress.NONE);
        for (String language : List.of("th", "km", "lo", "my")) {
            pdfs.put(language, Files.readAllBytes(pdf(temp.resolve("site"), language)));
        }
    }

    private static Path pdf(Path site, String language) {
        return site.resolve(language + "/2026/handbook-" + language + "-2026.pdf");
    }

    @Test
    void everyLanguageIsPrintedWithoutAnError() {
        assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
        assertThat(result.diagnostics()).extracting(d -> d.code()).noneMatch(code -> code.startsWith("HB-PDF"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"th", "km", "lo", "my"})
    void everyShapedRunDrawsTheGlyphsHarfBuzzDrawsWhereItDrawsThem(String language) throws IOException {
        List<DrawnSpans.Span> spans;
        try (PDDocument document = Loader.loadPDF(pdfs.get(language))) {
            spans = DrawnSpans.of(document);
        }
        assertThat(spans).extracting(DrawnSpans.Span::text).anyMatch(text -> text.contains(SAMPLES.get(language)));
        HbShape.assertDrawnAsHarfBuzzShapes(spans);
    }

    @ParameterizedTest
    @ValueSource(strings = {"th", "km", "lo", "my"})
    void textReadBackFromThePdfIsTheSourceText(String language) throws IOException {
        String extracted = withoutSpaces(pdftotext(pdf(temp.resolve("site"), language)));
        String source = Files.readString(handbook.resolve("chapters/" + language + "/01-cooperation.md"));
        String body = source.substring(source.indexOf("\n---", 4) + 4);
        for (String paragraph : body.split("\n\n")) {
            String text = paragraph.replaceAll("^#+ ", "").replaceAll("\\{#[a-z-]+}", "").strip();
            if (!text.isEmpty()) {
                assertThat(extracted).as("the PDF's text").contains(withoutSpaces(text));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"th, th", "km, km", "lo, lo", "my, my"})
    void longParagraphsWrapBetweenWords(String language, String locale) throws IOException {
        String source = Files.readString(handbook.resolve("chapters/" + language + "/01-cooperation.md"));
        String paragraph = source.substring(source.lastIndexOf("\n\n") + 2).strip();
        List<String> lines = linesOf(paragraph, pdftotext(pdf(temp.resolve("site"), language)));
        assertThat(lines).as("the paragraph wraps").hasSizeGreaterThan(1);
        BreakIterator words = BreakIterator.getWordInstance(new ULocale(locale));
        words.setText(paragraph);
        int offset = 0;
        for (String line : lines.subList(0, lines.size() - 1)) {
            offset += line.length();
            assertThat(words.isBoundary(offset)).as("a line ends after '%s', between two words", line).isTrue();
        }
    }

    /** The lines {@code paragraph} is printed on, as pdftotext reads them. */
    private static List<String> linesOf(String paragraph, String text) {
        List<String> lines = new ArrayList<>();
        int matched = 0;
        for (String line : text.lines().map(String::strip).toList()) {
            if (!line.isEmpty() && paragraph.startsWith(line, matched)) {
                lines.add(line);
                matched += line.length();
                if (matched == paragraph.length()) {
                    return lines;
                }
            } else {
                lines.clear();
                matched = 0;
            }
        }
        throw new AssertionError("the paragraph is not in the PDF's text: " + paragraph);
    }

    @ParameterizedTest
    @ValueSource(strings = {"th", "km", "lo", "my"})
    void staysArchivalAndAccessible(String language) throws Exception {
        assertThat(PdfChecks.veraPdfFailures(pdfs.get(language), PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(PdfChecks.veraPdfFailures(pdfs.get(language), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void theSameSourcesPrintTheSameBytes() throws Exception {
        Handbook.build(BuildRequest.build(handbook, Optional.of(temp.resolve("again"))), Progress.NONE);
        for (String language : pdfs.keySet()) {
            assertThat(Files.readAllBytes(pdf(temp.resolve("again"), language))).as(language).isEqualTo(pdfs.get(language));
        }
    }

    @Test
    void theChapterPagesAreKeptAsImagesToLookAt() throws IOException {
        Path images = Path.of("target", "shaping");
        Files.createDirectories(images);
        Map<String, Integer> inked = new HashMap<>();
        for (Map.Entry<String, byte[]> pdf : pdfs.entrySet()) {
            try (PDDocument document = Loader.loadPDF(pdf.getValue())) {
                int chapter = document.getNumberOfPages();
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(chapter - 1, 110);
                ImageIO.write(image, "png", images.resolve("scripts-" + pdf.getKey() + ".png").toFile());
                inked.put(pdf.getKey(), darkPixels(image));
            }
        }
        assertThat(inked).allSatisfy((language, dark) -> assertThat(dark).as(language).isGreaterThan(1000));
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    static String pdftotext(Path pdf) throws IOException {
        try {
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("pdftotext failed on " + pdf);
            }
            return text;
        } catch (IOException e) {
            throw new IOException("pdftotext is needed for this test: install poppler-utils (apt)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }
}
