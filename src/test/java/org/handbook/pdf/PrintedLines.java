package org.handbook.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a PDF page prints, as a reader sees it: its lines, each a run of glyphs on one baseline
 * with no wide gap in it (so two columns side by side are two lines), and every glyph's place,
 * font, size and colour.
 */
final class PrintedLines extends PDFTextStripper {

    /** A glyph: where it stands (from the page's top left, in points), its font, size and colour (sRGB, 0–1). */
    record Glyph(String text, float x, float baseline, float width, float size, String font, float[] colour) {

        boolean isItalic() {
            return font.contains("Italic");
        }
    }

    /** Glyphs on one baseline, left to right, with no gap wider than a few spaces. */
    record Line(List<Glyph> glyphs) {

        String text() {
            StringBuilder text = new StringBuilder();
            Glyph previous = null;
            for (Glyph glyph : glyphs) {
                if (previous != null && glyph.x() - (previous.x() + previous.width()) > previous.size() * 0.15f) {
                    text.append(' ');
                }
                text.append(glyph.text());
                previous = glyph;
            }
            return text.toString();
        }

        float x() {
            return glyphs.get(0).x();
        }

        float end() {
            Glyph last = glyphs.get(glyphs.size() - 1);
            return last.x() + last.width();
        }

        float baseline() {
            return glyphs.get(0).baseline();
        }

        /** The glyphs of the first occurrence of {@code words} in the line's text, or none. */
        List<Glyph> glyphsOf(String words) {
            String text = text();
            int start = text.indexOf(words);
            if (start < 0) {
                return List.of();
            }
            List<Glyph> found = new ArrayList<>();
            int at = 0;
            Glyph previous = null;
            for (Glyph glyph : glyphs) {
                if (previous != null && glyph.x() - (previous.x() + previous.width()) > previous.size() * 0.15f) {
                    at++;
                }
                if (at >= start && at < start + words.length()) {
                    found.add(glyph);
                }
                at += glyph.text().length();
                previous = glyph;
            }
            return found;
        }
    }

    /** Wider than this between two glyphs on a baseline, in points, and they are in two lines. */
    private static final float COLUMN_GAP = 14f;

    private final List<Glyph> glyphs = new ArrayList<>();

    private PrintedLines() {
        // The text stripper follows no colour operators of its own.
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
    }

    /** The lines of a 1-based page, top to bottom, left to right. */
    static List<Line> of(PDDocument document, int page) throws IOException {
        PrintedLines stripper = new PrintedLines();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return stripper.lines();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        PDColor colour = getGraphicsState().getNonStrokingColor();
        float[] rgb;
        try {
            rgb = colour.getColorSpace().toRGB(colour.getComponents());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        glyphs.add(new Glyph(text.getUnicode(), text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(),
                text.getFontSizeInPt(), text.getFont().getName(), rgb));
        super.processTextPosition(text);
    }

    private List<Line> lines() {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble((Glyph glyph) -> Math.round(glyph.baseline() * 2) / 2.0)
                .thenComparingDouble(Glyph::x));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph glyph : sorted) {
            if (!current.isEmpty()) {
                Glyph last = current.get(current.size() - 1);
                boolean sameBaseline = Math.abs(last.baseline() - glyph.baseline()) < 1f;
                if (!sameBaseline || glyph.x() - (last.x() + last.width()) > COLUMN_GAP) {
                    lines.add(new Line(current));
                    current = new ArrayList<>();
                }
            }
            current.add(glyph);
        }
        if (!current.isEmpty()) {
            lines.add(new Line(current));
        }
        return lines;
    }
}
