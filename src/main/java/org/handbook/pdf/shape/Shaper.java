package org.handbook.pdf.shape;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shapes text with one font through the Java runtime's OpenType shaper (HarfBuzz): the glyphs
 * that substitution picks (stacked Thai marks, Khmer subscripts, Myanmar medials) and where
 * positioning puts them. Shaped once at 1000 units per em, so one result serves every size.
 */
public final class Shaper {

    /** Fractional metrics: otherwise advances are rounded to whole pixels and marks drift. */
    private static final FontRenderContext UNHINTED = new FontRenderContext(null, true, true);
    /** Glyph codes the runtime gives to characters that draw nothing (joiners, controls). */
    private static final int INVISIBLE = 0xFFFE;

    private final Font font;
    private final Map<String, ShapedRun> shaped = new ConcurrentHashMap<>();

    private Shaper(Font font) {
        this.font = font;
    }

    /** A shaper for the TrueType font in {@code bytes}, with its substitution and positioning tables. */
    public static Shaper of(byte[] bytes) {
        try {
            Font base = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
            // The runtime turns kerning and ligatures off unless asked; HarfBuzz's defaults have them on.
            return new Shaper(base.deriveFont(Map.of(TextAttribute.SIZE, 1000f,
                    TextAttribute.KERNING, TextAttribute.KERNING_ON,
                    TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON)));
        } catch (FontFormatException e) {
            throw new IllegalArgumentException("not a TrueType font", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ShapedRun shape(String text) {
        return shaped.computeIfAbsent(text, this::layout);
    }

    private ShapedRun layout(String text) {
        char[] chars = text.toCharArray();
        GlyphVector vector = font.layoutGlyphVector(UNHINTED, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int count = vector.getNumGlyphs();
        int[] codes = vector.getGlyphCodes(0, count, null);
        float[] positions = vector.getGlyphPositions(0, count + 1, null);
        int[] characters = vector.getGlyphCharIndices(0, count, null);
        int[] glyphs = new int[count];
        float[] x = new float[count];
        float[] y = new float[count];
        int[] from = new int[count];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (codes[i] >= INVISIBLE) {
                continue;
            }
            glyphs[kept] = codes[i];
            x[kept] = positions[2 * i];
            y[kept] = positions[2 * i + 1];
            from[kept] = characters[i];
            kept++;
        }
        return new ShapedRun(text, Arrays.copyOf(glyphs, kept), Arrays.copyOf(x, kept), Arrays.copyOf(y, kept),
                Arrays.copyOf(from, kept), positions[2 * count]);
    }
}
