package org.handbook.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Progress;
import org.handbook.pdf.PdfChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The covers of the {@code print-press} fixture: back, spine and front on one sheet with bleed,
 * the spine as wide as the book's leaves are thick, the title on the front and along the spine,
 * and the English book's ISBN as a barcode that scans back to it.
 */
class CoverPdfTest {

    private static final double BLEED = 8.504;
    /** The fixture's paper: 0.9 mm a leaf, in points. */
    private static final double LEAF = 0.9 * 72 / 25.4;
    private static final String TITLE = "Press Fixture Handbook";

    @TempDir
    static Path temp;

    private static int pages;
    private static PDRectangle page;
    private static byte[] english;
    private static byte[] thai;

    @BeforeAll
    static void buildOnce() throws Exception {
        Path handbook = TestHandbooks.copy("print-press", temp);
        BuildResult result = Handbook.build(BuildRequest.build(handbook, Optional.of(temp.resolve("site"))), Progress.NONE);
        assertThat(result.output()).as(TestHandbooks.report(result.diagnostics())).isPresent();
        try (PDDocument book = Loader.loadPDF(Files.readAllBytes(temp.resolve("site/en/2026/handbook-en-2026.pdf")))) {
            pages = book.getNumberOfPages();
            page = book.getPage(0).getMediaBox();
        }
        english = Files.readAllBytes(temp.resolve("site/en/2026/handbook-en-2026-cover.pdf"));
        thai = Files.readAllBytes(temp.resolve("site/th/2026/handbook-th-2026-cover.pdf"));
    }

    @Test
    void theSpineIsAsWideAsTheBooksLeavesAreThick() throws IOException {
        double spine = (pages + 1) / 2 * LEAF;
        try (PDDocument cover = Loader.loadPDF(english)) {
            assertThat(cover.getNumberOfPages()).isEqualTo(1);
            PDPage sheet = cover.getPage(0);
            PDRectangle trim = sheet.getTrimBox();
            assertThat((double) trim.getWidth()).isCloseTo(2 * page.getWidth() + spine, within(0.01));
            assertThat(trim.getHeight()).isCloseTo(page.getHeight(), within(0.01f));
            // Fold marks above and below the trim at each edge of the spine.
            double spineLeft = trim.getLowerLeftX() + page.getWidth();
            List<float[]> marks = PressPdfTest.markLines(sheet);
            assertThat(marks).hasSize(8 + 4);
            assertThat(marks.stream().filter(line -> line[0] == line[2]
                    && (Math.abs(line[0] - spineLeft) < 0.01 || Math.abs(line[0] - (spineLeft + spine)) < 0.01))).hasSize(4);
        }
    }

    @Test
    void itHasBleedAllRoundAndIsPdfX4LikeThePages() throws IOException {
        try (PDDocument cover = Loader.loadPDF(english)) {
            PDPage sheet = cover.getPage(0);
            PDRectangle trim = sheet.getTrimBox();
            PDRectangle bleed = sheet.getBleedBox();
            assertThat(sheet.getCOSObject().containsKey(COSName.BLEED_BOX)).isTrue();
            assertThat(trim.getLowerLeftX() - bleed.getLowerLeftX()).isCloseTo((float) BLEED, within(0.01f));
            assertThat(bleed.getUpperRightY() - trim.getUpperRightY()).isCloseTo((float) BLEED, within(0.01f));
            assertThat(PressPdfTest.contains(sheet.getMediaBox(), bleed)).isTrue();
            assertThat(cover.getDocumentCatalog().getOutputIntents()).singleElement()
                    .satisfies(intent -> assertThat(intent.getCOSObject().getCOSName(COSName.S))
                            .isEqualTo(COSName.getPDFName("GTS_PDFX")));
        }
    }

    @Test
    void itStaysAccessibleLikeTheBook() throws Exception {
        assertThat(PdfChecks.veraPdfFailures(english, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfChecks.veraPdfFailures(thai, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void theTitleIsOnTheFrontAndAlongTheSpine() throws IOException {
        try (PDDocument cover = Loader.loadPDF(english)) {
            PDRectangle trim = cover.getPage(0).getTrimBox();
            // The stripper measures from the crop box's corner, which is the page's own.
            float origin = cover.getPage(0).getCropBox().getLowerLeftX();
            double spineLeft = trim.getLowerLeftX() + page.getWidth();
            double spineRight = trim.getUpperRightX() - page.getWidth();
            StringBuilder front = new StringBuilder();
            StringBuilder spine = new StringBuilder();
            for (TextPosition glyph : glyphs(cover)) {
                float x = glyph.getTextMatrix().getTranslateX() + origin;
                if (x > spineRight) {
                    front.append(glyph.getUnicode());
                } else if (x >= spineLeft) {
                    spine.append(glyph.getUnicode());
                }
            }
            assertThat(front.toString().replace(" ", "")).contains(TITLE.replace(" ", ""), "Firstedition",
                    "TheFixtureAuthors", "ExamplePress");
            assertThat(spine.toString().replace(" ", "")).isEqualTo(TITLE.replace(" ", ""));
        }
    }

    @Test
    void aLongTitleIsSetSmallerAlongTheSpineAndStaysWithinItsMargins(@TempDir Path workspace) throws Exception {
        String longTitle = "Press Fixture Handbook on International Cooperation in Criminal Matters between the States of a Region, "
                + "with Country Profiles, Annexes, a Glossary of the Terms of the Treaties and an Index of Subjects";
        Path handbook = TestHandbooks.copy("print-press", workspace);
        TestHandbooks.replace(handbook.resolve("handbook.yml"), "  en: " + TITLE + "\n", "  en: " + longTitle + "\n");
        BuildResult result = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);
        assertThat(result.output()).as(TestHandbooks.report(result.diagnostics())).isPresent();
        try (PDDocument cover = Loader.loadPDF(Files.readAllBytes(workspace.resolve("site/en/2026/handbook-en-2026-cover.pdf")))) {
            PDRectangle trim = cover.getPage(0).getTrimBox();
            PDRectangle crop = cover.getPage(0).getCropBox();
            double spineLeft = trim.getLowerLeftX() + page.getWidth();
            double spineRight = trim.getUpperRightX() - page.getWidth();
            StringBuilder spine = new StringBuilder();
            double margin = 15 * 72 / 25.4;
            for (TextPosition glyph : glyphs(cover)) {
                float x = glyph.getTextMatrix().getTranslateX() + crop.getLowerLeftX();
                if (x >= spineLeft && x <= spineRight) {
                    spine.append(glyph.getUnicode());
                    // Read from the top: the glyph's place along the spine, from the sheet's upper edge.
                    double fromTop = crop.getUpperRightY() - (glyph.getTextMatrix().getTranslateY() + crop.getLowerLeftY());
                    assertThat(fromTop).as("'%s' along the spine, from the sheet's top", glyph.getUnicode())
                            .isBetween(crop.getUpperRightY() - trim.getUpperRightY() + margin - 1,
                                    crop.getUpperRightY() - trim.getLowerLeftY() - margin + 1);
                }
            }
            assertThat(spine.toString().replace(" ", "")).as("the whole title, not one cut off at the foot")
                    .isEqualTo(longTitle.replace(" ", ""));
        }
    }

    @Test
    void theIsbnIsABarcodeThatScansBackToIt() throws Exception {
        assertThat(scan(english)).isEqualTo("9780306406157");
        try (PDDocument cover = Loader.loadPDF(english)) {
            assertThat(new PDFTextStripper().getText(cover)).contains("ISBN 978-0-306-40615-7");
        }
    }

    @Test
    void aBookWithoutAnIsbnHasNoBarcode() throws Exception {
        assertThatThrownBy(() -> scan(thai)).isInstanceOf(NotFoundException.class);
        try (PDDocument cover = Loader.loadPDF(thai)) {
            assertThat(new PDFTextStripper().getText(cover)).doesNotContain("ISBN");
        }
    }

    /** What a barcode reader finds on the back of the cover, drawn at 288 dots an inch. */
    private static String scan(byte[] pdf) throws IOException, NotFoundException {
        try (PDDocument cover = Loader.loadPDF(pdf)) {
            int scale = 4;
            BufferedImage sheet = new PDFRenderer(cover).renderImage(0, scale);
            PDRectangle media = cover.getPage(0).getMediaBox();
            PDRectangle trim = cover.getPage(0).getTrimBox();
            int left = Math.round(scale * (trim.getLowerLeftX() - media.getLowerLeftX()));
            int width = Math.round(scale * page.getWidth());
            BufferedImage back = sheet.getSubimage(left, sheet.getHeight() / 2, width, sheet.getHeight() / 2);
            int[] pixels = back.getRGB(0, 0, back.getWidth(), back.getHeight(), null, 0, back.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(back.getWidth(), back.getHeight(), pixels)));
            return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.EAN_13),
                    DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        }
    }

    private static List<TextPosition> glyphs(PDDocument document) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.getText(document);
        return glyphs;
    }
}
