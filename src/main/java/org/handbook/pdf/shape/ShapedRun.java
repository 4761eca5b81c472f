package org.handbook.pdf.shape;

/**
 * A string as the font draws it once shaped: glyph ids in drawing order, each with its pen
 * position, in thousandths of an em (y downwards, as the shaper gives it), and the index of the
 * character in the string it came from.
 *
 * @param advance where the pen stands after the last glyph, in thousandths of an em
 */
public record ShapedRun(String text, int[] glyphs, float[] x, float[] y, int[] characters, float advance) {

    public int size() {
        return glyphs.length;
    }
}
