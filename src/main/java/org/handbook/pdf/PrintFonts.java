package org.handbook.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.handbook.pdf.shape.PostScriptNames;
import org.handbook.pdf.shape.Shaper;

/**
 * The theme's print fonts ({@code print/fonts/<Family>-<Style>.ttf}, such as
 * {@code NotoSans-BoldItalic.ttf} for family "Noto Sans"), embedded as subsets in every PDF, and
 * what they can draw: a character no font has a glyph for is found before it prints as a blank.
 */
final class PrintFonts {

    private static final String FOLDER = "fonts/";
    /** The tables a TrueType font needs to draw its glyphs and be embedded; not GSUB, GPOS or GDEF. */
    private static final List<String> KEPT_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
            "fpgm", "gasp", "name", "OS/2", "post", "cmap");

    private record Face(String family, int weight, FontStyle style, byte[] bytes) {
    }

    private final List<Face> faces = new ArrayList<>();
    private final List<TrueTypeFont> regular = new ArrayList<>();
    /** The regular and bold faces, in the order a print stylesheet names their families, bold first within each. */
    private final List<Measured> measuring = new ArrayList<>();

    private record Measured(String family, boolean bold, TrueTypeFont font) {
    }
    /** The fonts as the theme ships them, with their shaping tables, by PostScript name. */
    private final Map<String, byte[]> originals = new HashMap<>();
    private final Map<String, Optional<Shaper>> shapers = new ConcurrentHashMap<>();

    /** The families of the fonts, each once. */
    List<String> families() {
        return faces.stream().map(Face::family).distinct().toList();
    }

    /**
     * Every family, as the end of a CSS font-family list (", \"Noto Sans\", \"Deja Vu Sans\""):
     * a character the families a template names lack is drawn from any other font of the theme, as
     * the check for characters no font has assumes, instead of as a "#".
     */
    String fallbackList() {
        StringBuilder list = new StringBuilder();
        // A family is named after its file; a name a stylesheet could not hold in quotes is left out.
        families().stream().sorted().filter(family -> family.matches("[A-Za-z0-9 ]+"))
                .forEach(family -> list.append(", \"").append(family).append('"'));
        return list.toString();
    }

    /** @param print the theme's print files, by name under {@code print/} */
    PrintFonts(Map<String, byte[]> print) {
        print.forEach((name, bytes) -> {
            if (name.startsWith(FOLDER) && name.endsWith(".ttf")) {
                String base = name.substring(FOLDER.length(), name.length() - ".ttf".length());
                int dash = base.lastIndexOf('-');
                String style = dash < 0 ? "Regular" : base.substring(dash + 1);
                String family = (dash < 0 ? base : base.substring(0, dash)).replaceAll("(?<=[a-z])(?=[A-Z])", " ");
                TrueTypeFont font = parse(bytes);
                originals.put(postScriptName(font), bytes);
                faces.add(new Face(family, style.startsWith("Bold") ? 700 : 400,
                        style.endsWith("Italic") ? FontStyle.ITALIC : FontStyle.NORMAL, withoutSubstitutions(font, bytes)));
                if (style.equals("Regular")) {
                    regular.add(font);
                }
                if (style.equals("Regular") || style.equals("Bold")) {
                    measuring.add(new Measured(family, style.equals("Bold"), font));
                }
            }
        });
        measuring.sort(Comparator.comparingInt((Measured face) -> face.family().length())
                .thenComparing(Measured::family).thenComparing(face -> !face.bold()));
    }

    boolean isEmpty() {
        return faces.isEmpty();
    }

    void register(PdfRendererBuilder builder) {
        for (Face face : faces) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), face.family(), face.weight(), face.style(), true);
        }
    }

    /**
     * The shaper for a font of the document, made from the theme's own file of it, which still
     * has the substitution and positioning tables: the embedded copy has the same glyph ids.
     */
    Optional<Shaper> shaper(PDFont font) {
        return shapers.computeIfAbsent(PostScriptNames.of(font),
                name -> Optional.ofNullable(originals.get(name)).map(Shaper::of));
    }

    private static String postScriptName(TrueTypeFont font) {
        try {
            return font.getName();
        } catch (IOException e) {
            throw new UncheckedIOException("a print font of the theme has no name table", e);
        }
    }

    /** The first character of {@code text} that no regular face can draw, if any. */
    Optional<Integer> missing(String text) {
        return allMissing(text).stream().findFirst();
    }

    /** Every character of {@code text} that no regular face can draw, each once, in order. */
    Set<Integer> allMissing(String text) {
        Set<Integer> missing = new LinkedHashSet<>();
        text.codePoints()
                .filter(codePoint -> !Character.isWhitespace(codePoint) && !Character.isISOControl(codePoint)
                        && Character.getType(codePoint) != Character.FORMAT)
                .filter(codePoint -> regular.stream().noneMatch(font -> covers(font, codePoint)))
                .forEach(missing::add);
        return missing;
    }

    /**
     * How wide {@code text} sets in bold at one point, from the advances of the face that draws
     * each character: the first family, shortest name first as print stylesheets list them
     * ("Noto Sans" before "Noto Sans Thai"), that has it, in bold where there is one. Marks that
     * stack have no advance of their own; kerning and shaping make a line a little narrower.
     */
    double boldWidthPerPoint(String text) {
        return text.codePoints().mapToDouble(codePoint -> measuring.stream().map(Measured::font)
                .filter(font -> covers(font, codePoint)).findFirst().map(font -> advance(font, codePoint)).orElse(0.0)).sum();
    }

    private static double advance(TrueTypeFont font, int codePoint) {
        try {
            return (double) font.getAdvanceWidth(font.getUnicodeCmapLookup().getGlyphId(codePoint)) / font.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean covers(TrueTypeFont font, int codePoint) {
        try {
            return font.getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font without its glyph substitution table. The engine does no shaping, and PDFBox,
     * given a GSUB table, runs a regular-expression pass over every string it draws for Latin
     * ligatures: about half the time of laying out a book. Every glyph and mapping stays. A font
     * that maps characters beyond the Basic Multilingual Plane (emoji, mathematical letters) is
     * kept as the theme ships it: the rewritten copy could only map the plane's own characters.
     */
    private static byte[] withoutSubstitutions(TrueTypeFont font, byte[] original) {
        try {
            TTFSubsetter copy = new TTFSubsetter(font, KEPT_TABLES);
            CmapLookup cmap = font.getUnicodeCmapLookup();
            Set<Integer> mapped = new HashSet<>();
            Set<Integer> glyphs = new HashSet<>();
            for (int glyph = 0; glyph < font.getNumberOfGlyphs(); glyph++) {
                glyphs.add(glyph);
                List<Integer> codePoints = cmap.getCharCodes(glyph);
                if (codePoints != null) {
                    mapped.addAll(codePoints);
                }
            }
            if (mapped.stream().anyMatch(codePoint -> codePoint > Character.MAX_VALUE)) {
                return original;
            }
            copy.addAll(mapped);
            copy.addGlyphIds(glyphs);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            copy.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a print font of the theme cannot be rewritten", e);
        }
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("a print font of the theme cannot be read", e);
        }
    }
}
