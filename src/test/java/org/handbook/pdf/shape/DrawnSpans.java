package org.handbook.pdf.shape;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Reads back what a PDF draws inside ActualText spans, the way a PDF viewer would: the glyph ids
 * shown, each glyph's position in thousandths of an em from the start of the span (from the
 * {@code TJ} adjustments and the font's widths, and the text rise), and the span's text.
 */
public final class DrawnSpans {

    /** A glyph as the PDF places it: x from the span's start, y up, both in thousandths of an em. */
    public record Glyph(int id, float x, float y) {
    }

    public record Span(int page, String text, String font, List<Glyph> glyphs) {

        public List<Integer> glyphIds() {
            return glyphs.stream().map(Glyph::id).toList();
        }
    }

    private DrawnSpans() {
    }

    public static List<Span> of(PDDocument document) throws IOException {
        List<Span> spans = new ArrayList<>();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            read(page, number, spans);
        }
        return spans;
    }

    private static void read(PDPage page, int number, List<Span> spans) throws IOException {
        List<Object> tokens = new PDFStreamParser(page).parse();
        List<COSBase> operands = new ArrayList<>();
        Deque<Boolean> markedContent = new ArrayDeque<>();
        PDFont font = null;
        float size = 0;
        float rise = 0;
        String text = null;
        List<Glyph> glyphs = null;
        float pen = 0;
        for (Object token : tokens) {
            if (token instanceof COSBase operand) {
                operands.add(operand);
                continue;
            }
            String operator = ((Operator) token).getName();
            switch (operator) {
                case "Tf" -> {
                    font = page.getResources().getFont((COSName) operands.get(0));
                    size = ((COSNumber) operands.get(1)).floatValue();
                }
                case "Ts" -> rise = ((COSNumber) operands.get(0)).floatValue();
                case "BDC" -> {
                    boolean actualText = operands.size() == 2 && operands.get(1) instanceof COSDictionary properties
                            && properties.containsKey(COSName.ACTUAL_TEXT);
                    markedContent.push(actualText);
                    if (actualText) {
                        text = ((COSDictionary) operands.get(1)).getString(COSName.ACTUAL_TEXT);
                        glyphs = new ArrayList<>();
                        pen = 0;
                    }
                }
                case "BMC" -> markedContent.push(false);
                case "EMC" -> {
                    if (!markedContent.isEmpty() && markedContent.pop() && glyphs != null) {
                        spans.add(new Span(number, text, PostScriptNames.of(font), List.copyOf(glyphs)));
                        glyphs = null;
                    }
                }
                case "TJ" -> {
                    if (glyphs != null) {
                        for (COSBase element : (COSArray) operands.get(0)) {
                            if (element instanceof COSNumber adjustment) {
                                pen -= adjustment.floatValue();
                            } else {
                                pen = show((COSString) element, font, pen, rise / size * 1000f, glyphs);
                            }
                        }
                    }
                }
                case "Tj" -> {
                    if (glyphs != null) {
                        pen = show((COSString) operands.get(0), font, pen, rise / size * 1000f, glyphs);
                    }
                }
                default -> {
                }
            }
            operands.clear();
        }
    }

    private static float show(COSString string, PDFont font, float pen, float y, List<Glyph> glyphs) throws IOException {
        byte[] bytes = string.getBytes();
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            int cid = ((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF);
            glyphs.add(new Glyph(cid, pen, y));
            pen += font.getWidth(cid);
        }
        return pen;
    }
}
