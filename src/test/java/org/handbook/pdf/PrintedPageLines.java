package org.handbook.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
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
 * The lines of text on a PDF's pages as a printer measures them and a reader sees them, in points
 * from the page's top left corner: where each line starts and ends, its baseline and the size of
 * its type, and the place, font, size and colour of each of its glyphs.
 */
final class PrintedPageLines {

    /** A glyph: where it stands, its width and height, its font, the size of its type and the colour it is filled with. */
    record Glyph(String text, float x, float baseline, float width, float height, float size, String font, PDColor fill) {

        float end() {
            return x + width;
        }

        boolean isBlank() {
            return text.isBlank();
        }

        boolean isItalic() {
            return font.contains("Italic");
        }

        /** Its colour in sRGB, each component from 0 to 1. */
        float[] colour() {
            try {
                return fill.getColorSpace().toRGB(fill.getComponents());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One line: the glyphs that share a baseline, left to right (a superscript is a line of its own). */
    static final class Line {

        /** Wider than this between two glyphs of a line, in points, and they stand in two columns. */
        private static final float COLUMN_GAP = 14f;

        private final List<Glyph> glyphs;
        private final String text;
        /** The glyph each character of the text was read from; null for a space put in between two words set apart. */
        private final List<Glyph> sources;
        private final float right;
        private final float top;
        private final float size;
        private final float firstWordWidth;

        private Line(List<Glyph> leftToRight) {
            glyphs = List.copyOf(leftToRight);
            float largest = 0;
            float highest = Float.MAX_VALUE;
            float firstWordEnd = -1;
            Glyph previous = null;
            for (Glyph glyph : glyphs) {
                if ((glyph.isBlank() || setApart(previous, glyph)) && firstWordEnd < 0 && previous != null) {
                    firstWordEnd = previous.end();
                }
                largest = Math.max(largest, glyph.size());
                highest = Math.min(highest, glyph.baseline() - glyph.height());
                previous = glyph;
            }
            // The furthest end, not the last glyph's: a Thai mark drawn over the letter before it ends short of that letter.
            right = (float) glyphs.stream().mapToDouble(Glyph::end).max().orElseThrow();
            top = highest;
            size = largest;
            firstWordWidth = (firstWordEnd < 0 ? right : firstWordEnd) - left();
            List<Glyph> readFrom = new ArrayList<>();
            text = read(glyphs, readFrom);
            sources = readFrom;
        }

        /** Whether the engine left the space between two words out and moved the second one along instead. */
        private static boolean setApart(Glyph previous, Glyph glyph) {
            return previous != null && glyph.x() - previous.end() > glyph.size() * 0.15f;
        }

        /**
         * The glyphs' text, with a space between two words set apart, each run of white space read as
         * one space and none at either end; {@code sources} is given the glyph each of its characters
         * was read from, so that words found in the text lead back to where they are printed.
         */
        private static String read(List<Glyph> glyphs, List<Glyph> sources) {
            StringBuilder text = new StringBuilder();
            Glyph previous = null;
            for (Glyph glyph : glyphs) {
                if (setApart(previous, glyph) && !glyph.isBlank() && !previous.isBlank()) {
                    append(text, sources, ' ', null);
                }
                for (char c : glyph.text().toCharArray()) {
                    append(text, sources, c, glyph);
                }
                previous = glyph;
            }
            int from = 0;
            while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            int to = text.length();
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            sources.subList(to, sources.size()).clear();
            sources.subList(0, from).clear();
            return text.substring(from, to);
        }

        /** Appends a character, or one space for a run of the white space a regular expression's {@code \s} matches. */
        private static void append(StringBuilder text, List<Glyph> sources, char c, Glyph source) {
            boolean white = " \t\n\u000B\f\r".indexOf(c) >= 0;
            if (!white || text.isEmpty() || text.charAt(text.length() - 1) != ' ') {
                text.append(white ? ' ' : c);
                sources.add(source);
            }
        }

        private static Line of(List<Glyph> glyphs) {
            List<Glyph> sorted = new ArrayList<>(glyphs);
            sorted.sort(Comparator.comparing(Glyph::x));
            return new Line(sorted);
        }

        String text() {
            return text;
        }

        List<Glyph> glyphs() {
            return glyphs;
        }

        float left() {
            return glyphs.get(0).x();
        }

        float right() {
            return right;
        }

        /** The top of its highest glyph. */
        float top() {
            return top;
        }

        float baseline() {
            return glyphs.get(0).baseline();
        }

        /** The size of its largest type. */
        float size() {
            return size;
        }

        /** The width of its first word, which a line above it had no room for when it is a full line. */
        float firstWordWidth() {
            return firstWordWidth;
        }

        boolean isDigits() {
            return text.matches("\\d+");
        }

        /** The glyphs the first occurrence of {@code words} in the line's text was read from, or none. */
        List<Glyph> glyphsOf(String words) {
            int start = text.indexOf(words);
            if (start < 0) {
                return List.of();
            }
            List<Glyph> found = new ArrayList<>();
            for (Glyph glyph : sources.subList(start, start + words.length())) {
                if (glyph != null && (found.isEmpty() || found.get(found.size() - 1) != glyph)) {
                    found.add(glyph);
                }
            }
            return found;
        }

        /** The line cut where a gap too wide to be a word space parts it: two columns side by side give two lines. */
        List<Line> columns() {
            List<Line> columns = new ArrayList<>();
            int from = 0;
            for (int i = 1; i < glyphs.size(); i++) {
                if (glyphs.get(i).x() - glyphs.get(i - 1).end() > COLUMN_GAP) {
                    columns.add(new Line(glyphs.subList(from, i)));
                    from = i;
                }
            }
            columns.add(from == 0 ? this : new Line(glyphs.subList(from, glyphs.size())));
            return columns;
        }

        @Override
        public String toString() {
            return "'" + text + "' from " + left() + " to " + right() + " on the baseline at " + baseline();
        }
    }

    private PrintedPageLines() {
    }

    /** The lines of each page, top to bottom; an empty list for a page with no text. */
    static List<List<Line>> of(PDDocument document) throws IOException {
        List<List<Line>> pages = new ArrayList<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            pages.add(of(document, page));
        }
        return pages;
    }

    /** The lines of a 1-based page, top to bottom. */
    static List<Line> of(PDDocument document, int page) throws IOException {
        GlyphReader reader = new GlyphReader();
        reader.setStartPage(page);
        reader.setEndPage(page);
        reader.getText(document);
        TreeMap<Integer, List<Glyph>> byBaseline = new TreeMap<>();
        for (Glyph glyph : reader.glyphs) {
            byBaseline.computeIfAbsent(Math.round(glyph.baseline() * 2), key -> new ArrayList<>()).add(glyph);
        }
        return byBaseline.values().stream().map(Line::of).toList();
    }

    /** The lines of a 1-based page with each column's apart, top to bottom and on one baseline left to right. */
    static List<Line> inColumns(PDDocument document, int page) throws IOException {
        return of(document, page).stream().flatMap(line -> line.columns().stream()).toList();
    }

    /** Keeps every glyph the text stripper reads, with the colour it is filled with. */
    private static final class GlyphReader extends PDFTextStripper {

        private final List<Glyph> glyphs = new ArrayList<>();

        GlyphReader() {
            // The text stripper follows no colour operators of its own: without them every glyph would read as black.
            addOperator(new SetNonStrokingColorSpace(this));
            addOperator(new SetNonStrokingColor(this));
            addOperator(new SetNonStrokingColorN(this));
            addOperator(new SetNonStrokingDeviceRGBColor(this));
            addOperator(new SetNonStrokingDeviceGrayColor(this));
            addOperator(new SetNonStrokingDeviceCMYKColor(this));
        }

        @Override
        protected void processTextPosition(TextPosition glyph) {
            glyphs.add(new Glyph(glyph.getUnicode(), glyph.getXDirAdj(), glyph.getYDirAdj(), glyph.getWidthDirAdj(),
                    glyph.getHeightDir(), glyph.getFontSize(), glyph.getFont().getName(), getGraphicsState().getNonStrokingColor()));
        }
    }
}
