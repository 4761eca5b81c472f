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
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
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
    /** The name table's entry for a family of more than four faces (OpenType's nameID 16). */
    private static final int TYPOGRAPHIC_FAMILY = 16;
    /** What a font file is called; any other file (a licence) is no font. */
    private static final Set<String> FONT_FILES = Set.of("ttf", "otf", "ttc", "otc", "woff", "woff2", "pfb", "pfa");
    /** The tables a TrueType font needs to draw its glyphs and be embedded; not GSUB, GPOS or GDEF. */
    private static final List<String> KEPT_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
            "fpgm", "gasp", "name", "OS/2", "post", "cmap");

    private record Face(String family, int weight, FontStyle style, byte[] bytes) {
    }

    private final List<Face> faces = new ArrayList<>();
    /** The faces again, under the family each font names itself where the file's name says another. */
    private final List<Face> aliases = new ArrayList<>();
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

    /**
     * A file of the theme's print fonts that cannot be used, and why.
     *
     * @param name its name under {@code print/}
     */
    record Refused(String name, String reason) {
    }

    private static final String UNREADABLE = "it cannot be read as a font: the file is damaged, cut short, or no font at all";

    private final List<Refused> refused = new ArrayList<>();

    /** @param print the theme's print files, by name under {@code print/} */
    PrintFonts(Map<String, byte[]> print) {
        print.forEach((name, bytes) -> {
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
            if (!name.startsWith(FOLDER) || !FONT_FILES.contains(extension)) {
                return;
            }
            Optional<TrueTypeFont> read = read(name, extension, bytes);
            try {
                read.ifPresent(font -> add(name, extension, font, bytes));
            } catch (RuntimeException e) {
                refused.add(new Refused(name, UNREADABLE));
            }
        });
        measuring.sort(Comparator.comparingInt((Measured face) -> face.family().length())
                .thenComparing(Measured::family).thenComparing(face -> !face.bold()));
    }

    /**
     * Adds a font as the face its file's name says ({@code NotoSans-BoldItalic.ttf}), checking on
     * the way that it has the tables drawing needs: a file that lacks them fails here, not in print.
     */
    private void add(String name, String extension, TrueTypeFont font, byte[] bytes) {
        FontFileName face = FontFileName.of(name);
        String style = face.style();
        String family = face.family();
        String postScriptName = postScriptName(font);
        // Looked up for its Unicode map, which a font that cannot draw text lacks.
        covers(font, ' ');
        byte[] embedded = withoutSubstitutions(font, bytes);
        originals.put(postScriptName, bytes);
        int weight = face.bold() ? 700 : 400;
        FontStyle slant = face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL;
        faces.add(new Face(family, weight, slant, embedded));
        // Also under the family the font names itself ("DejaVu Sans"), as a stylesheet may call it.
        familyNamed(font).filter(named -> !named.equals(family))
                .ifPresent(named -> aliases.add(new Face(named, weight, slant, embedded)));
        if (style.equals("Regular")) {
            regular.add(font);
        }
        if (style.equals("Regular") || style.equals("Bold")) {
            measuring.add(new Measured(family, style.equals("Bold"), font));
        }
    }

    boolean isEmpty() {
        return faces.isEmpty();
    }

    void register(PdfRendererBuilder builder) {
        for (Face face : java.util.stream.Stream.concat(faces.stream(), aliases.stream()).toList()) {
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

    /** The font in a file, or empty when it cannot be embedded (reported with {@link #refused()}). */
    private Optional<TrueTypeFont> read(String name, String extension, byte[] bytes) {
        if (!extension.equals("ttf") && !extension.equals("otf")) {
            refused.add(new Refused(name, "the PDF engine embeds TrueType and OpenType fonts, not ." + extension + " files"));
            return Optional.empty();
        }
        if (bytes.length >= 4 && new String(bytes, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("OTTO")) {
            refused.add(new Refused(name, "its glyphs are PostScript (CFF) outlines, which the PDF engine cannot embed"));
            return Optional.empty();
        }
        try {
            return Optional.of(new TTFParser().parse(new RandomAccessReadBuffer(bytes)));
        } catch (IOException | RuntimeException e) {
            refused.add(new Refused(name, UNREADABLE));
            return Optional.empty();
        }
    }

    /** The files of {@code print/fonts/} that are fonts but cannot be used. */
    List<Refused> refused() {
        return List.copyOf(refused);
    }

    /** The family a font names itself: its typographic family, or else its family. */
    private static Optional<String> familyNamed(TrueTypeFont font) {
        try {
            NamingTable naming = font.getNaming();
            if (naming == null) {
                return Optional.empty();
            }
            String typographic = naming.getName(TYPOGRAPHIC_FAMILY, NameRecord.PLATFORM_WINDOWS,
                    NameRecord.ENCODING_WINDOWS_UNICODE_BMP, NameRecord.LANGUAGE_WINDOWS_EN_US);
            return Optional.ofNullable(typographic != null ? typographic : naming.getFontFamily());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
