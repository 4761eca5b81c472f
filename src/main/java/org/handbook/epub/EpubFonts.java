package org.handbook.epub;

import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.handbook.pdf.FontFileName;

/**
 * The fonts an e-book carries: those of the theme's print fonts ({@code print/fonts/<Family>-<Style>.ttf})
 * whose family draws a script of the book's text that a reading system may lack (Thai, Lao, Khmer,
 * Myanmar: anything but Latin, Greek and Cyrillic, which every system draws), each with all its
 * styles; and the style rules that name them. A book in a script every system has carries none.
 */
final class EpubFonts {

    private static final String FOLDER = "fonts/";
    private static final Set<UnicodeScript> EVERY_SYSTEM_HAS = Set.of(UnicodeScript.LATIN, UnicodeScript.GREEK,
            UnicodeScript.CYRILLIC, UnicodeScript.COMMON, UnicodeScript.INHERITED, UnicodeScript.UNKNOWN);

    /** A font file carried in the package: its name there ({@code fonts/NotoSansThai-Bold.ttf}) and the face it is. */
    record Face(String file, String family, int weight, boolean italic, byte[] bytes) {
    }

    /** A readable font file of the theme, and the characters it draws. */
    private record Font(Face face, CmapLookup characters) {
    }

    private final List<Font> fonts;

    private EpubFonts(List<Font> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    /** The theme's TrueType print fonts, read once for every book; a file that cannot be read is left out (print reports it). */
    static EpubFonts of(Map<String, byte[]> print) {
        List<Font> fonts = new ArrayList<>();
        new TreeMap<>(print).forEach((name, bytes) -> {
            if (!name.startsWith(FOLDER) || !name.toLowerCase(Locale.ROOT).endsWith(".ttf")) {
                return;
            }
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                CmapLookup characters = font.getUnicodeCmapLookup(false);
                if (characters != null) {
                    FontFileName face = FontFileName.of(name);
                    // The family goes into the style sheet between quotes.
                    fonts.add(new Font(new Face(name, face.family().replaceAll("[\"\\\\]", ""), face.bold() ? 700 : 400, face.italic(),
                            bytes), characters));
                }
            } catch (IOException | RuntimeException e) {
                // Not a font the e-book can carry.
            }
        });
        return new EpubFonts(fonts);
    }

    /** The faces of each family that is the first to draw a character of {@code text} in a script some systems lack. */
    List<Face> forText(String text) {
        Set<Integer> needed = new TreeSet<>();
        text.codePoints().filter(codePoint -> !EVERY_SYSTEM_HAS.contains(UnicodeScript.of(codePoint))).forEach(needed::add);
        Set<String> families = new LinkedHashSet<>();
        for (int codePoint : needed) {
            fonts.stream().filter(font -> font.characters().getGlyphId(codePoint) > 0).findFirst()
                    .ifPresent(font -> families.add(font.face().family()));
        }
        return fonts.stream().map(Font::face).filter(face -> families.contains(face.family())).toList();
    }

    /** The rules that make {@code faces} available and put them first for the text, the reader's own fonts after. */
    static String styleRules(List<Face> faces) {
        if (faces.isEmpty()) {
            return "";
        }
        StringBuilder rules = new StringBuilder();
        Set<String> families = new LinkedHashSet<>();
        for (Face face : faces) {
            families.add("\"" + face.family() + "\"");
            rules.append("@font-face { font-family: \"").append(face.family()).append("\"; font-weight: ").append(face.weight())
                    .append("; font-style: ").append(face.italic() ? "italic" : "normal").append("; src: url(\"")
                    .append(face.file()).append("\"); }\n");
        }
        rules.append("body { font-family: ").append(String.join(", ", families)).append(", sans-serif; }\n");
        return rules.toString();
    }
}
