package org.handbook.pdf.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HarfBuzz's own command-line shaper, {@code hb-shape} (Debian's libharfbuzz-bin), as the oracle
 * the shaped PDF text is checked against: a program this project did not write.
 */
public final class HbShape {

    /** A glyph as hb-shape gives it: id, offsets and advance in font units, first character of its cluster. */
    public record Glyph(int id, int cluster, int dx, int dy, int advance) {
    }

    private HbShape() {
    }

    public static List<Glyph> shape(Path font, String text) {
        return shapeEach(font, List.of(text)).get(0);
    }

    /** Each of {@code texts} shaped on its own, in one run of hb-shape (it shapes its input line by line). */
    public static List<List<Glyph>> shapeEach(Path font, List<String> texts) {
        try {
            // Through files: a pipe each way would block once hb-shape's output fills the pipe.
            Path input = Files.createTempFile("hb-shape", ".txt");
            Path result = Files.createTempFile("hb-shape", ".json");
            String output;
            try {
                Files.writeString(input, String.join("\n", texts) + "\n");
                Process process = new ProcessBuilder("hb-shape", "--output-format=json", "--no-glyph-names",
                        "--text-file=" + input, font.toString()).redirectErrorStream(true).redirectOutput(result.toFile()).start();
                int status = process.waitFor();
                output = Files.readString(result);
                if (status != 0) {
                    throw new IllegalStateException("hb-shape failed: " + output);
                }
            } finally {
                Files.deleteIfExists(input);
                Files.deleteIfExists(result);
            }
            ObjectMapper json = new ObjectMapper();
            List<List<Glyph>> shaped = new ArrayList<>();
            for (String line : output.split("\n")) {
                List<Glyph> glyphs = new ArrayList<>();
                for (JsonNode glyph : json.readTree(line)) {
                    glyphs.add(new Glyph(glyph.get("g").asInt(), glyph.get("cl").asInt(), glyph.get("dx").asInt(),
                            glyph.get("dy").asInt(), glyph.get("ax").asInt()));
                }
                shaped.add(glyphs);
            }
            if (shaped.size() != texts.size()) {
                throw new IllegalStateException("hb-shape gave " + shaped.size() + " results for " + texts.size() + " texts");
            }
            return shaped;
        } catch (IOException e) {
            throw new IllegalStateException("hb-shape is needed for this test: install libharfbuzz-bin (apt)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where each glyph is drawn, in thousandths of an em: x from the start of the text, y up,
     * for a font of {@code unitsPerEm}.
     */
    public static List<float[]> positions(List<Glyph> glyphs, int unitsPerEm) {
        float scale = 1000f / unitsPerEm;
        List<float[]> positions = new ArrayList<>();
        float pen = 0;
        for (Glyph glyph : glyphs) {
            positions.add(new float[] {(pen + glyph.dx()) * scale, glyph.dy() * scale});
            pen += glyph.advance();
        }
        return positions;
    }

    /** Every span's glyph ids and positions against hb-shape's for its text and font. */
    public static void assertDrawnAsHarfBuzzShapes(List<DrawnSpans.Span> spans) throws IOException {
        assertThat(spans).isNotEmpty();
        Map<String, List<DrawnSpans.Span>> byFont = new LinkedHashMap<>();
        spans.forEach(span -> byFont.computeIfAbsent(span.font(), font -> new ArrayList<>()).add(span));
        for (Map.Entry<String, List<DrawnSpans.Span>> font : byFont.entrySet()) {
            Path file = ShaperTest.FONTS.resolve(font.getKey() + ".ttf");
            int unitsPerEm = ShaperTest.unitsPerEm(file);
            List<DrawnSpans.Span> inFont = font.getValue();
            List<List<Glyph>> expected = shapeEach(file, inFont.stream().map(DrawnSpans.Span::text).toList());
            for (int i = 0; i < inFont.size(); i++) {
                DrawnSpans.Span span = inFont.get(i);
                String where = "'" + span.text() + "' in " + font.getKey() + " on page " + span.page();
                assertThat(span.glyphIds()).as(where).isEqualTo(expected.get(i).stream().map(Glyph::id).toList());
                List<float[]> positions = positions(expected.get(i), unitsPerEm);
                for (int g = 0; g < span.glyphs().size(); g++) {
                    assertThat(span.glyphs().get(g).x()).as("x of glyph %d of %s", g, where).isCloseTo(positions.get(g)[0], within(0.1f));
                    assertThat(span.glyphs().get(g).y()).as("y of glyph %d of %s", g, where).isCloseTo(positions.get(g)[1], within(0.1f));
                }
            }
        }
    }

}
