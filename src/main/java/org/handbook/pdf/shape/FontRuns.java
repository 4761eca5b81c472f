package org.handbook.pdf.shape;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.pdfboxout.FontRun;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.util.OpenUtil;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A string divided into runs of one font each, as the engine divides it
 * ({@link PdfBoxTextRenderer#divideIntoFontRuns}): each character goes to the first font of the
 * list that has it. The engine finds out by measuring the character in each font in turn, and a
 * font without it answers with an exception whose message is formatted: for Thai text after a
 * Latin font, for every character of the book, twice, a sixth of the time of laying it out. Here
 * each font is asked once per character, for the whole document. A string with a character no
 * font has, or a document whose text is reordered for right-to-left scripts, is divided by the
 * engine itself, which knows its replacement character and its reordering.
 */
final class FontRuns {

    /** Whether each font could measure each character asked of it: fonts belong to one document, as this does. */
    private final Map<PDFont, Map<Integer, Boolean>> measurable = new ConcurrentHashMap<>();

    List<FontRun> divide(PdfBoxFSFont font, String text, BidiReorderer reorderer) {
        if (reorderer.isLiveImplementation()) {
            return PdfBoxTextRenderer.divideIntoFontRuns(font, text, reorderer);
        }
        List<FontDescription> descriptions = font.getFontDescriptions();
        List<FontRun> runs = new ArrayList<>();
        FontRun run = null;
        StringBuilder string = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!OpenUtil.isSafeFontCodePointToPrint(codePoint)) {
                continue;
            }
            FontDescription chosen = first(descriptions, codePoint);
            if (chosen == null) {
                if (!OpenUtil.isCodePointPrintable(codePoint)) {
                    continue;
                }
                return PdfBoxTextRenderer.divideIntoFontRuns(font, text, reorderer);
            }
            if (run == null) {
                run = new FontRun(chosen);
            } else if (chosen != run.description) {
                run.string = string.toString();
                runs.add(run);
                run = new FontRun(chosen);
                string = new StringBuilder();
            }
            if (PdfBoxTextRenderer.isJustificationSpace(codePoint)) {
                run.spaceCharacterCount++;
            } else {
                run.otherCharacterCount++;
            }
            string.appendCodePoint(codePoint);
        }
        if (string.length() > 0) {
            run.string = string.toString();
            runs.add(run);
        }
        return runs;
    }

    private FontDescription first(List<FontDescription> descriptions, int codePoint) {
        for (FontDescription description : descriptions) {
            PDFont font = description.getFont();
            if (font != null && measurable.computeIfAbsent(font, any -> new ConcurrentHashMap<>())
                    .computeIfAbsent(codePoint, character -> measures(font, character))) {
                return description;
            }
        }
        return null;
    }

    /** Whether {@code font} can measure the character, as the engine tries it. */
    private static boolean measures(PDFont font, int codePoint) {
        try {
            font.getStringWidth(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
