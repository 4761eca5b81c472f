package org.handbook.pdf.shape;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a shaped run into a text object as glyph ids ({@code TJ}): each glyph moved from where
 * the PDF's own pen would put it to where the shaper placed it, marks raised with text rise
 * ({@code Ts}), the whole run wrapped in an ActualText span so that copying, searching and
 * reading aloud give the source text in its logical order, not the glyphs' visual one.
 */
final class GlyphRun {

    /** Below this, in thousandths of an em, a correction is not worth writing. */
    private static final float NEGLIGIBLE = 0.005f;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final DrawnGlyphs drawn;

    GlyphRun(DrawnGlyphs drawn) {
        this.drawn = drawn;
    }

    /**
     * @param justification space to add after each character of the run's text, in thousandths
     *                      of an em; null when the line is not justified
     */
    void write(PDPageContentStream stream, ShapedRun run, PDFont font, float fontSize, float[] justification) {
        if (!(font instanceof PDType0Font type0) || !(type0.getDescendantFont() instanceof PDCIDFontType2 cidFont)) {
            throw new IllegalStateException("shaped text needs an embedded TrueType font, not " + font.getName());
        }
        TrueTypeFont trueType = cidFont.getTrueTypeFont();
        Set<Integer> ids = new HashSet<>();
        StringBuilder out = new StringBuilder();
        out.append("/Span <</ActualText <FEFF")
                .append(HEX.formatHex(run.text().getBytes(StandardCharsets.UTF_16BE)))
                .append(">>> BDC\n");
        int[] clusterStarts = justification == null ? null : clusterStarts(run.text());
        try {
            float scale = 1000f / trueType.getUnitsPerEm();
            float pen = 0;
            float rise = 0;
            boolean open = false;
            for (int i = 0; i < run.size(); i++) {
                int glyph = run.glyphs()[i];
                ids.add(glyph);
                float targetX = run.x()[i] + (justification == null ? 0 : spaceBefore(run, i, justification, clusterStarts));
                float targetRise = -run.y()[i] * fontSize / 1000f;
                if (targetRise != rise) {
                    if (open) {
                        out.append("] TJ\n");
                        open = false;
                    }
                    out.append(number(targetRise, 4)).append(" Ts\n");
                    rise = targetRise;
                }
                if (!open) {
                    out.append('[');
                    open = true;
                }
                float correction = pen - targetX;
                if (Math.abs(correction) >= NEGLIGIBLE) {
                    out.append(number(correction, 2)).append(' ');
                }
                out.append('<').append(HEX.toHexDigits((short) glyph)).append('>');
                // The PDF's width of a glyph is its advance rounded to thousandths, as PDFBox writes /W.
                pen = targetX + Math.round(trueType.getAdvanceWidth(glyph) * scale);
            }
            if (open) {
                out.append("] TJ\n");
            }
            if (rise != 0) {
                out.append("0 Ts\n");
            }
            out.append("EMC\n");
            type0.addGlyphsToSubset(ids);
            drawn.record(PostScriptNames.of(font), run);
            appendRaw(stream, out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw shaped text", e);
        }
    }

    /**
     * Justification space before glyph {@code index}: after every character of the clusters
     * before the earliest character drawn from here on. A base and its marks or subscripts, or a
     * vowel drawn before its consonant, never move apart.
     */
    private static float spaceBefore(ShapedRun run, int index, float[] justification, int[] clusterStarts) {
        int first = Integer.MAX_VALUE;
        for (int i = index; i < run.size(); i++) {
            first = Math.min(first, run.characters()[i]);
        }
        float space = 0;
        for (int character = 0; character < clusterStarts[first]; character++) {
            space += justification[character];
        }
        return space;
    }

    /**
     * For each character, where its cluster starts: a user-perceived character (ICU's grapheme
     * clusters keep marks with their base) joined to the next one after a Khmer coeng or a
     * Myanmar stacking virama, which write the next consonant below.
     */
    static int[] clusterStarts(String text) {
        int[] starts = new int[text.length()];
        BreakIterator graphemes = BreakIterator.getCharacterInstance(ULocale.ROOT);
        graphemes.setText(text);
        int clusterStart = 0;
        int start = graphemes.first();
        for (int end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            if (start > 0 && !joinsNext(text.charAt(start - 1))) {
                clusterStart = start;
            }
            for (int i = start; i < end; i++) {
                starts[i] = clusterStart;
            }
        }
        return starts;
    }

    private static boolean joinsNext(char c) {
        return c == '\u17D2' || c == '\u1039';
    }

    @SuppressWarnings("deprecation") // the only way PDFBox offers to write glyph ids rather than characters
    private static void appendRaw(PDPageContentStream stream, String commands) throws IOException {
        stream.appendRawCommands(commands);
    }

    /** A number as short as it can be written with {@code decimals} places: a rise is in points, finer than an em's thousandth. */
    private static String number(float value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        return text.equals("-0") ? "0" : text;
    }
}
