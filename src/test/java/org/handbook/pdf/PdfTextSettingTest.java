package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.handbook.pdf.PrintedBlocks.Block;
import org.handbook.pdf.PrintedBlocks.Line;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The running text of the {@code print-text} fixture as printed in English and Thai, read back
 * through the PDF's tags and PDFBox's glyph positions. The fixture is made to provoke each fault a
 * book designer looks for: paragraphs dense with footnote marks, superscripts, subscripts and
 * code; checklists and tables whose many sizes put a list's last item, a table row, a caption
 * or a heading at the foot of some page; Thai with stacked marks, Latin words and emphasis.
 */
class PdfTextSettingTest {

    @TempDir
    static Path temp;

    private static BuildResult result;
    private static final Map<String, byte[]> pdfs = new LinkedHashMap<>();
    private static final Map<String, List<Block>> books = new LinkedHashMap<>();

    @BeforeAll
    static void buildOnce() throws Exception {
        Path handbook = TestHandbooks.copy("print-text", temp.resolve("handbook"));
        result = Handbook.build(BuildRequest.build(handbook, Optional.of(temp.resolve("site"))), Progress.NONE);
        for (String language : List.of("en", "th")) {
            byte[] pdf = Files.readAllBytes(temp.resolve("site/" + language + "/2026/handbook-" + language + "-2026.pdf"));
            pdfs.put(language, pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                books.put(language, PrintedBlocks.read(document));
            }
        }
    }

    @Test
    void theFixturePrintsWithoutADiagnostic() {
        assertThat(result.diagnostics()).extracting(Diagnostic::code).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void everyLineOfAParagraphIsOneLeadingBelowTheLastWhateverItHolds(String language) {
        List<Block> blocks = books.get(language);
        // Not a test of nothing: paragraphs here do hold raised and lowered marks on lines after their first.
        assertThat(blocks).filteredOn(block -> block.type().equals("P"))
                .anySatisfy(block -> assertThat(block.lines().subList(1, block.lines().size()))
                        .anySatisfy(line -> assertThat(smallGlyphs(line)).isNotEmpty()));
        assertThat(PrintedFaults.unevenLeading(blocks)).isEmpty();
    }

    @Test
    void thaiIsSetWithMoreLeadingThanLatinAndItsMarksClearTheLineBelow() {
        float latin = bodyLeading(books.get("en"));
        float thai = bodyLeading(books.get("th"));
        assertThat(thai).as("Thai leading against Latin leading %s pt", latin).isGreaterThan(latin + 1);
        List<Block> thaiParagraphs = books.get("th").stream().filter(block -> script(block) == Character.UnicodeScript.THAI).toList();
        // A fifth of the body size between the lowest mark of a line and the highest of the next.
        assertThat(PrintedFaults.linesTooClose(thaiParagraphs, 0.2f * 10.5f)).isEmpty();
    }

    @Test
    void thaiLettersStandAsHighAsLatinLowercase() {
        List<TextPosition> body = books.get("th").stream().filter(block -> block.type().equals("P"))
                .flatMap(block -> block.lines().stream()).flatMap(line -> line.glyphs().stream())
                .filter(glyph -> Math.abs(glyph.getYScale() - 10.5f) < 0.05f).toList();
        // x and z are flat at the x-height; these Thai letters are flat at the height of the script's body.
        float latin = medianHeight(body, "xz");
        float thai = medianHeight(body, "นบมยาหพ");
        assertThat(latin).as("Latin x-height, in points").isGreaterThan(5f);
        assertThat(thai / latin).as("Thai body height (%s pt) over Latin x-height (%s pt)", thai, latin).isCloseTo(1f, within(0.1f));
    }

    @Test
    void thaiEmphasisIsBoldAndNoThaiLetterIsSlanted() throws IOException {
        List<TextPosition> thai = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdfs.get("th"))) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition glyph) {
                    if (glyph.getUnicode().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI)) {
                        thai.add(glyph);
                    }
                }
            }.getText(document);
        }
        assertThat(thai).as("Thai glyphs drawn with a slant").noneMatch(glyph -> glyph.getTextMatrix().getShearX() != 0
                || glyph.getTextMatrix().getShearY() != 0);
        // "ตัวเน้นในข้อความ" is emphasised in the body text: its letters come from the bold face. Marks are
        // left out of the comparison, as the shaper may draw them in another order than they are written.
        String bold = letters(thai.stream().filter(glyph -> Math.abs(glyph.getYScale() - 10.5f) < 0.05f)
                .filter(glyph -> glyph.getFont().getName().endsWith("NotoSansThai-Bold")).map(TextPosition::getUnicode).toList());
        assertThat(bold).contains(letters(List.of("ตัวเน้นในข้อความ"))).doesNotContain(letters(List.of("สนธิสัญญา")));
        List<String> englishEmphasis = books.get("en").stream().flatMap(block -> block.lines().stream())
                .flatMap(line -> line.glyphs().stream()).filter(glyph -> glyph.getFont().getName().endsWith("NotoSans-Italic"))
                .map(TextPosition::getUnicode).toList();
        assertThat(String.join("", englishEmphasis).replaceAll("\\s", "")).as("English emphasis keeps its italic face")
                .contains("setinthetext");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void noTableRowIsSplitAndNoTableStartsWithoutItsFirstRow(String language) {
        List<Block> blocks = books.get(language);
        assertThat(blocks).as("a table that runs over a page, so that a row could be split")
                .anySatisfy(block -> assertThat(block.isIn("TBody") && block.firstPage() != firstPageOfItsTable(blocks, block)).isTrue());
        assertThat(PrintedFaults.rowsAcrossPages(blocks)).isEmpty();
        assertThat(PrintedFaults.tablesStartingWithoutARow(blocks)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void headingsStayWithTheirFirstLines(String language) {
        List<Block> blocks = books.get(language);
        assertThat(PrintedFaults.pagesEndingWithAHeading(blocks)).isEmpty();
        assertThat(PrintedFaults.headingsNotKeptWithText(blocks)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void paragraphsAndListsBreakWithAtLeastTwoLinesOnEitherSide(String language) {
        List<Block> blocks = books.get(language);
        assertThat(blocks).as("a paragraph broken across pages").anySatisfy(block ->
                assertThat(block.type().equals("P") && block.firstPage() != block.lastPage()).isTrue());
        assertThat(PrintedFaults.orphansAndWidows(blocks)).isEmpty();
        assertThat(PrintedFaults.listItemsAlone(blocks)).isEmpty();
        assertThat(PrintedFaults.leadInsParted(blocks)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void staysArchivalAndAccessible(String language) throws Exception {
        assertThat(PdfChecks.veraPdfFailures(pdfs.get(language), PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(PdfChecks.veraPdfFailures(pdfs.get(language), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    /**
     * The SVG figure is drawn as lines and shapes, not as a picture of them, 80% as wide as the
     * text as its chapter asks, centred on the measure, with its numbered caption just below it;
     * the list of figures after the contents gives its page.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "th"})
    void aDrawingPrintsAsVectorsAtItsWidthWithItsCaptionBelowIt(String language) throws IOException {
        String caption = language.equals("en") ? "Figure 4.1 The route of a request" : "ภาพที่ 4.1 เส้นทางของคำร้องขอ";
        try (PDDocument document = Loader.loadPDF(pdfs.get(language))) {
            List<Integer> holding = pagesHolding(document, caption);
            int page = holding.get(holding.size() - 1);
            DrawnPaths drawn = DrawnPaths.of(document.getPage(page));
            List<Line> lines = books.get(language).stream().flatMap(block -> block.lines().stream())
                    .filter(line -> line.page() == page).toList();
            float measureLeft = (float) lines.stream().mapToDouble(line -> line.glyphs().get(0).getXDirAdj()).min().orElseThrow();
            float measureRight = (float) lines.stream().mapToDouble(line -> line.glyphs().get(line.glyphs().size() - 1).getXDirAdj()
                    + line.glyphs().get(line.glyphs().size() - 1).getWidthDirAdj()).max().orElseThrow();

            assertThat(drawn.images()).as("images drawn as pictures").isZero();
            assertThat(drawn.painted()).as("the drawing's lines and shapes").isNotNull();
            float measure = measureRight - measureLeft;
            assertThat(drawn.painted().getWidth() / measure).as("share of the measure").isBetween(0.7, 0.82);
            assertThat((drawn.painted().getMinX() + drawn.painted().getMaxX()) / 2)
                    .as("centre of the drawing").isCloseTo((measureLeft + measureRight) / 2, within(8.0));
            Line below = lines.stream().filter(line -> line.baseline() > drawn.painted().getMaxY()).findFirst().orElseThrow();
            assertThat(below.text()).as("the first line below the drawing").contains("4.1");
            float gap = below.baseline() - (float) drawn.painted().getMaxY();
            assertThat(gap).as("from the drawing's foot to the caption's baseline").isBetween(8f, 24f);

            int list = holding.get(0);
            assertThat(list).as("the list of figures is in the front matter").isLessThan(10);
            assertThat(textOf(document, list)).as("the list of figures")
                    .containsPattern("(?m)^" + java.util.regex.Pattern.quote(caption) + "[ .]+" + (page + 1) + "$");
        }
    }

    private static String textOf(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        return stripper.getText(document);
    }

    private static List<Integer> pagesHolding(PDDocument document, String text) throws IOException {
        List<Integer> pages = new ArrayList<>();
        for (int page = 0; page < document.getNumberOfPages(); page++) {
            if (textOf(document, page).contains(text)) {
                pages.add(page);
            }
        }
        assertThat(pages).as("pages holding " + text).hasSize(2);
        return pages;
    }

    /** The first spread of body text of each book, in target/print-text/, for a person to judge. */
    @Test
    void aSpreadOfEachBookIsKeptAsAnImageToLookAt() throws IOException {
        Path images = Path.of("target", "print-text");
        Files.createDirectories(images);
        for (Map.Entry<String, byte[]> pdf : pdfs.entrySet()) {
            try (PDDocument document = Loader.loadPDF(pdf.getValue())) {
                PDFRenderer renderer = new PDFRenderer(document);
                // Pages 6 and 7 face each other: the chapter's second and third pages.
                BufferedImage left = renderer.renderImageWithDPI(5, 80);
                BufferedImage right = renderer.renderImageWithDPI(6, 80);
                BufferedImage spread = new BufferedImage(left.getWidth() + right.getWidth() + 6, left.getHeight(),
                        BufferedImage.TYPE_INT_RGB);
                Graphics2D graphics = spread.createGraphics();
                graphics.setColor(Color.GRAY);
                graphics.fillRect(0, 0, spread.getWidth(), spread.getHeight());
                graphics.drawImage(left, 0, 0, null);
                graphics.drawImage(right, left.getWidth() + 6, 0, null);
                graphics.dispose();
                Path file = images.resolve("spread-" + pdf.getKey() + ".png");
                ImageIO.write(spread, "png", file.toFile());
                assertThat(file).isNotEmptyFile();
            }
        }
    }

    /** The letters of a text without its combining marks. */
    private static String letters(List<String> texts) {
        return String.join("", texts).codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static List<TextPosition> smallGlyphs(Line line) {
        return line.glyphs().stream().filter(glyph -> glyph.getYScale() < line.size() * 0.9f && !glyph.getUnicode().isBlank())
                .filter(glyph -> Character.isDigit(glyph.getUnicode().codePointAt(0))).toList();
    }

    private static int firstPageOfItsTable(List<Block> blocks, Block cell) {
        Object table = cell.nearest("Table").orElseThrow();
        return blocks.stream().filter(block -> block.nearest("Table").orElse(null) == table).mapToInt(Block::firstPage).min()
                .orElseThrow();
    }

    /** The distance between the lines of body paragraphs, the most common one. */
    private static float bodyLeading(List<Block> blocks) {
        List<Float> distances = blocks.stream().filter(block -> block.type().equals("P") && script(block) != null)
                .filter(block -> Math.abs(block.lines().get(0).size() - 10.5f) < 0.05f)
                .flatMap(block -> PrintedFaults.distances(block).stream()).toList();
        return PrintedFaults.median(distances);
    }

    /** The script most of a block's letters are in. */
    private static Character.UnicodeScript script(Block block) {
        Map<Character.UnicodeScript, Integer> letters = new LinkedHashMap<>();
        block.text().codePoints().filter(Character::isLetter)
                .forEach(letter -> letters.merge(Character.UnicodeScript.of(letter), 1, Integer::sum));
        return letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The median height of the ink of these letters above the baseline, in points. */
    private static float medianHeight(List<TextPosition> glyphs, String letters) {
        List<Float> heights = glyphs.stream().filter(glyph -> letters.contains(glyph.getUnicode())).map(Ink::above).toList();
        assertThat(heights).as("printed letters among " + letters).isNotEmpty();
        return PrintedFaults.median(heights);
    }
}
