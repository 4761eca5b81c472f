package org.handbook.pdf.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** A shaped run written into a page and read back as a viewer places its glyphs. */
class GlyphRunTest {

    private static final String TEXT = "ที่ปู่น้ำ";

    @Test
    void eachGlyphIsDrawnWhereTheShaperPutIt() throws IOException {
        ShapedRun run = shaper().shape(TEXT);
        DrawnSpans.Span span = drawn(run, null);

        assertThat(span.text()).isEqualTo(TEXT);
        assertThat(span.glyphIds()).containsExactlyElementsOf(java.util.stream.IntStream.of(run.glyphs()).boxed().toList());
        for (int i = 0; i < run.size(); i++) {
            assertThat(span.glyphs().get(i).x()).isCloseTo(run.x()[i], within(0.01f));
            assertThat(span.glyphs().get(i).y()).isCloseTo(-run.y()[i], within(0.01f));
        }
    }

    @Test
    void justificationMovesClustersApartButNeverAMarkFromItsBase() throws IOException {
        ShapedRun run = shaper().shape(TEXT);
        float[] after = new float[TEXT.length()];
        java.util.Arrays.fill(after, 10f);
        DrawnSpans.Span span = drawn(run, after);

        // Three clusters (ที่, ปู่, น้ำ: a consonant and its marks, from characters 0, 3 and 6).
        for (int i = 0; i < run.size(); i++) {
            int cluster = run.characters()[i] / 3;
            float expected = run.x()[i] + cluster * 3 * 10f;
            assertThat(span.glyphs().get(i).x()).as("glyph %d", i).isCloseTo(expected, within(0.01f));
        }
    }

    @Test
    void aKhmerSubscriptStaysInTheClusterOfTheConsonantAboveIt() {
        // កិច្ច: ក and its vowel, then ច, coeng and the ច written below it, as one cluster.
        assertThat(GlyphRun.clusterStarts("កិច្ច")).containsExactly(0, 0, 2, 2, 2);
        assertThat(GlyphRun.clusterStarts("ที่ปู่")).containsExactly(0, 0, 0, 3, 3, 3);
    }

    private static Shaper shaper() throws IOException {
        return Shaper.of(Files.readAllBytes(ShaperTest.FONTS.resolve("NotoSansThai-Regular.ttf")));
    }

    private static DrawnSpans.Span drawn(ShapedRun run, float[] justification) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType0Font font = PDType0Font.load(document, ShaperTest.FONTS.resolve("NotoSansThai-Regular.ttf").toFile());
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(font, 12);
                stream.newLineAtOffset(72, 700);
                new GlyphRun(new DrawnGlyphs()).write(stream, run, font, 12, justification);
                stream.endText();
            }
            document.save(bytes);
        }
        try (PDDocument document = Loader.loadPDF(bytes.toByteArray())) {
            List<DrawnSpans.Span> spans = DrawnSpans.of(document);
            assertThat(spans).hasSize(1);
            return spans.get(0);
        }
    }
}
