package org.handbook.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.handbook.pdf.PdfChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The press PDF of the {@code print-press} fixture, beside its book's PDF: the same pages, each
 * with its trim and 3 mm of bleed, crop marks beyond the bleed, identified as PDF/X-4 for the
 * printer's profile; the book's own PDF unchanged.
 */
class PressPdfTest {

    /** 3 mm in points. */
    private static final double BLEED = 8.504;

    @TempDir
    static Path temp;

    private static Path handbook;
    private static BuildResult result;
    private static byte[] book;
    private static byte[] press;

    @BeforeAll
    static void buildOnce() throws Exception {
        handbook = TestHandbooks.copy("print-press", temp);
        result = Handbook.build(BuildRequest.build(handbook, Optional.of(temp.resolve("site"))), Progress.NONE);
        assertThat(result.output()).as(TestHandbooks.report(result.diagnostics())).isPresent();
        book = Files.readAllBytes(temp.resolve("site/en/2026/handbook-en-2026.pdf"));
        press = Files.readAllBytes(temp.resolve("site/en/2026/handbook-en-2026-press.pdf"));
    }

    @Test
    void theBuildIsCleanAndTheManifestListsThePrintersFiles() throws IOException {
        assertThat(result.diagnostics()).extracting(Diagnostic::code).isEmpty();
        String manifest = Files.readString(temp.resolve("site/manifest.json"));
        assertThat(manifest).contains("\"/en/2026/handbook-en-2026-press.pdf\"", "\"/en/2026/handbook-en-2026-cover.pdf\"",
                "\"/th/2026/handbook-th-2026-press.pdf\"", "\"/th/2026/handbook-th-2026-cover.pdf\"");
    }

    @Test
    void itHasTheBooksPagesWithTheirText() throws IOException {
        try (PDDocument printed = Loader.loadPDF(book); PDDocument pressed = Loader.loadPDF(press)) {
            assertThat(pressed.getNumberOfPages()).isEqualTo(printed.getNumberOfPages()).isGreaterThan(4);
            assertThat(PdfChecks.pageTexts(pressed)).isEqualTo(PdfChecks.pageTexts(printed));
        }
    }

    @Test
    void everyPageIsTrimmedToTheBooksPageWithTheBleedAroundIt() throws IOException {
        try (PDDocument printed = Loader.loadPDF(book); PDDocument pressed = Loader.loadPDF(press)) {
            PDRectangle page = printed.getPage(0).getMediaBox();
            for (PDPage pressedPage : pressed.getPages()) {
                PDRectangle trim = pressedPage.getTrimBox();
                PDRectangle bleed = pressedPage.getBleedBox();
                PDRectangle media = pressedPage.getMediaBox();
                assertThat(pressedPage.getCOSObject().containsKey(COSName.TRIM_BOX)).isTrue();
                assertThat(pressedPage.getCOSObject().containsKey(COSName.BLEED_BOX)).isTrue();
                assertThat(trim.getLowerLeftX()).isCloseTo(page.getLowerLeftX(), within(0.01f));
                assertThat(trim.getLowerLeftY()).isCloseTo(page.getLowerLeftY(), within(0.01f));
                assertThat(trim.getWidth()).isCloseTo(page.getWidth(), within(0.01f));
                assertThat(trim.getHeight()).isCloseTo(page.getHeight(), within(0.01f));
                assertThat(trim.getLowerLeftX() - bleed.getLowerLeftX()).isCloseTo((float) BLEED, within(0.01f));
                assertThat(trim.getLowerLeftY() - bleed.getLowerLeftY()).isCloseTo((float) BLEED, within(0.01f));
                assertThat(bleed.getUpperRightX() - trim.getUpperRightX()).isCloseTo((float) BLEED, within(0.01f));
                assertThat(bleed.getUpperRightY() - trim.getUpperRightY()).isCloseTo((float) BLEED, within(0.01f));
                assertThat(contains(media, bleed)).as("the media box holds the bleed box").isTrue();
                assertThat(pressedPage.getCropBox().getWidth()).isEqualTo(media.getWidth());
            }
        }
    }

    @Test
    void cropMarksAreDrawnOutsideTheBleedOnly() throws IOException {
        try (PDDocument pressed = Loader.loadPDF(press)) {
            for (PDPage page : pressed.getPages()) {
                List<float[]> lines = markLines(page);
                assertThat(lines).as("two marks at each corner").hasSize(8);
                PDRectangle bleed = page.getBleedBox();
                for (float[] line : lines) {
                    boolean left = line[0] <= bleed.getLowerLeftX() && line[2] <= bleed.getLowerLeftX();
                    boolean right = line[0] >= bleed.getUpperRightX() && line[2] >= bleed.getUpperRightX();
                    boolean below = line[1] <= bleed.getLowerLeftY() && line[3] <= bleed.getLowerLeftY();
                    boolean above = line[1] >= bleed.getUpperRightY() && line[3] >= bleed.getUpperRightY();
                    assertThat(left || right || below || above).as("a mark from (%s, %s) to (%s, %s)", line[0], line[1],
                            line[2], line[3]).isTrue();
                    assertThat(contains(page.getMediaBox(), new PDRectangle(Math.min(line[0], line[2]),
                            Math.min(line[1], line[3]), Math.abs(line[2] - line[0]), Math.abs(line[3] - line[1])))).isTrue();
                }
            }
        }
    }

    @Test
    void theMarksShowInTheSlugAndNothingOfThemInsideTheTrim() throws IOException {
        try (PDDocument pressed = Loader.loadPDF(press)) {
            PDPage page = pressed.getPage(0);
            // Four pixels a point, from the media box's corner: the title page has no text near its corners.
            int scale = 4;
            BufferedImage image = new PDFRenderer(pressed).renderImage(0, scale);
            PDRectangle media = page.getMediaBox();
            PDRectangle trim = page.getTrimBox();
            int trimLeft = Math.round(scale * (trim.getLowerLeftX() - media.getLowerLeftX()));
            int trimTop = Math.round(scale * (media.getUpperRightY() - trim.getUpperRightY()));
            int trimRight = Math.round(scale * (trim.getUpperRightX() - media.getLowerLeftX()));
            int trimBottom = Math.round(scale * (media.getUpperRightY() - trim.getLowerLeftY()));
            int corner = 30 * scale;
            assertThat(inkedPixels(image, trimLeft + 1, trimTop + 1, corner, corner)).isZero();
            assertThat(inkedPixels(image, trimRight - corner - 1, trimTop + 1, corner, corner)).isZero();
            assertThat(inkedPixels(image, trimLeft + 1, trimBottom - corner - 1, corner, corner)).isZero();
            assertThat(inkedPixels(image, trimRight - corner - 1, trimBottom - corner - 1, corner, corner)).isZero();
            // The marks run on from the trim's edges, so the corners' squares take in a pixel more.
            assertThat(inkedPixels(image, 0, 0, trimLeft + 2, trimTop + 2)).as("the top left corner's marks").isPositive();
            assertThat(inkedPixels(image, trimRight - 2, trimBottom - 2, image.getWidth(), image.getHeight()))
                    .as("the bottom right corner's marks").isPositive();
        }
    }

    @Test
    void itIsPdfX4ForThePrintersProfile() throws IOException {
        byte[] profile = Files.readAllBytes(handbook.resolve("press/test-grey-press.icc"));
        try (PDDocument pressed = Loader.loadPDF(press)) {
            assertThat(pressed.getVersion()).isEqualTo(1.6f);
            List<PDOutputIntent> intents = pressed.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            PDOutputIntent intent = intents.get(0);
            assertThat(intent.getCOSObject().getCOSName(COSName.S)).isEqualTo(COSName.getPDFName("GTS_PDFX"));
            assertThat(intent.getOutputConditionIdentifier()).isEqualTo("Test grey press");
            assertThat(intent.getInfo()).isEqualTo("Test grey press");
            assertThat(new PDStream(intent.getDestOutputIntent()).toByteArray()).isEqualTo(profile);
            assertThat(intent.getDestOutputIntent().getInt(COSName.N)).isEqualTo(1);

            String xmp = new String(pressed.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("http://www.npes.org/pdfx/ns/id/")
                    .containsPattern("pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion")
                    .containsPattern("pdf:Trapped>False<")
                    .containsPattern("xmpMM:VersionID>1<")
                    .containsPattern("xmpMM:RenditionClass>default<")
                    .containsPattern("xmp:CreateDate>2026-03-01")
                    .doesNotContain("pdfaid:part");
            assertThat(pressed.getDocumentInformation().getTrapped()).isEqualTo("False");
            assertThat(pressed.getDocumentInformation().getCustomMetadataValue("GTS_PDFXVersion")).isEqualTo("PDF/X-4");
            assertThat(pressed.getDocumentInformation().getCreationDate()).isNotNull();
            assertThat(pressed.getDocumentInformation().getModificationDate()).isNotNull();
            assertThat(pressed.getDocumentInformation().getTitle()).isEqualTo("Press Fixture Handbook");
            for (PDPage page : pressed.getPages()) {
                assertThat(page.getResources().getColorSpace(COSName.getPDFName("DefaultRGB")).getName())
                        .as("the pages' RGB is declared sRGB").isEqualTo("ICCBased");
            }
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument pressed = Loader.loadPDF(press)) {
            int fonts = 0;
            for (PDPage page : pressed.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    void theBooksPdfStaysArchivalAndAccessibleAndThePressPdfStaysAccessible() throws Exception {
        assertThat(PdfChecks.veraPdfFailures(book, PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(PdfChecks.veraPdfFailures(book, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfChecks.veraPdfFailures(press, PDFAFlavour.PDFUA_1)).isEmpty();
        try (PDDocument printed = Loader.loadPDF(book)) {
            assertThat(printed.getPage(0).getCOSObject().containsKey(COSName.TRIM_BOX)).isFalse();
            assertThat(printed.getDocumentCatalog().getOutputIntents()).hasSize(1);
        }
    }

    /** The lines of the content stream the press added to {@code page}: x1, y1, x2, y2 each. */
    static List<float[]> markLines(PDPage page) throws IOException {
        List<PDStream> streams = new ArrayList<>();
        page.getContentStreams().forEachRemaining(streams::add);
        PDFStreamParser parser = new PDFStreamParser(streams.get(streams.size() - 1).toByteArray());
        List<float[]> lines = new ArrayList<>();
        List<Float> operands = new ArrayList<>();
        float[] start = null;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof COSNumber number) {
                operands.add(number.floatValue());
            } else if (token instanceof Operator operator) {
                if (operator.getName().equals("m")) {
                    start = new float[] {operands.get(0), operands.get(1)};
                } else if (operator.getName().equals("l") && start != null) {
                    lines.add(new float[] {start[0], start[1], operands.get(0), operands.get(1)});
                }
                operands.clear();
            } else {
                operands.clear();
            }
        }
        return lines;
    }

    static boolean contains(PDRectangle outer, PDRectangle inner) {
        float slack = 0.01f;
        return inner.getLowerLeftX() >= outer.getLowerLeftX() - slack && inner.getLowerLeftY() >= outer.getLowerLeftY() - slack
                && inner.getUpperRightX() <= outer.getUpperRightX() + slack
                && inner.getUpperRightY() <= outer.getUpperRightY() + slack;
    }

    private static int inkedPixels(BufferedImage image, int x, int y, int width, int height) {
        int inked = 0;
        for (int row = Math.max(0, y); row < Math.min(image.getHeight(), y + height); row++) {
            for (int column = Math.max(0, x); column < Math.min(image.getWidth(), x + width); column++) {
                int rgb = image.getRGB(column, row);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 230) {
                    inked++;
                }
            }
        }
        return inked;
    }
}
