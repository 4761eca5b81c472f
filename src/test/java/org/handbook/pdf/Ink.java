package org.handbook.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.TextPosition;
import org.handbook.pdf.PrintedBlocks.Line;

/**
 * Where printed glyphs put ink: each glyph's outline, from the font embedded in the PDF, at the
 * size and height it is printed at. Heights are in points, measured down the page like the
 * baselines PDFBox reports.
 */
final class Ink {

    private Ink() {
    }

    /** The outline's bounds in thousandths of an em, empty for a glyph that draws nothing (a space). */
    static Rectangle2D outline(TextPosition glyph) {
        if (!(glyph.getFont() instanceof PDVectorFont font) || glyph.getCharacterCodes().length == 0) {
            return new Rectangle2D.Float();
        }
        try {
            return font.getNormalizedPath(glyph.getCharacterCodes()[0]).getBounds2D();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How far above its baseline a glyph's ink reaches, in points. */
    static float above(TextPosition glyph) {
        return (float) outline(glyph).getMaxY() / 1000f * glyph.getYScale();
    }

    /** The highest ink of a line, as a distance from the top of the page. */
    static float top(Line line) {
        float top = Float.POSITIVE_INFINITY;
        for (TextPosition glyph : line.glyphs()) {
            Rectangle2D outline = outline(glyph);
            if (!outline.isEmpty()) {
                top = Math.min(top, glyph.getYDirAdj() - (float) outline.getMaxY() / 1000f * glyph.getYScale());
            }
        }
        return top;
    }

    /** The lowest ink of a line, as a distance from the top of the page. */
    static float bottom(Line line) {
        float bottom = Float.NEGATIVE_INFINITY;
        for (TextPosition glyph : line.glyphs()) {
            Rectangle2D outline = outline(glyph);
            if (!outline.isEmpty()) {
                bottom = Math.max(bottom, glyph.getYDirAdj() - (float) outline.getMinY() / 1000f * glyph.getYScale());
            }
        }
        return bottom;
    }
}
