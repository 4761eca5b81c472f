package org.handbook.pdf.shape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        try {
            Process process = new ProcessBuilder("hb-shape", "--output-format=json", "--no-glyph-names",
                    font.toString(), text).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("hb-shape failed: " + output);
            }
            List<Glyph> glyphs = new ArrayList<>();
            for (JsonNode glyph : new ObjectMapper().readTree(output)) {
                glyphs.add(new Glyph(glyph.get("g").asInt(), glyph.get("cl").asInt(), glyph.get("dx").asInt(),
                        glyph.get("dy").asInt(), glyph.get("ax").asInt()));
            }
            return glyphs;
        } catch (IOException e) {
            throw new IllegalStateException("hb-shape is needed for this test: install libharfbuzz-bin (apt)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The glyph ids alone, in drawing order. */
    public static List<Integer> glyphIds(Path font, String text) {
        return shape(font, text).stream().map(Glyph::id).toList();
    }
}
