package org.handbook.pdf.shape;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Completes the Unicode map ({@code /ToUnicode}) of each font shaped text was drawn in. PDFBox
 * maps only the glyphs its character map reaches; a glyph that substitution made would have no
 * text, which PDF/A (6.2.11.7.2) and PDF/UA (7.21.7) forbid. Such a glyph gets the characters it
 * was shaped from. Done on the saved document: the subset, and its map, exist only from then.
 */
public final class UnicodeMaps {

    /** CMap syntax allows at most 100 entries per bfchar block. */
    private static final int BLOCK = 100;

    private UnicodeMaps() {
    }

    public static void complete(PDDocument document, DrawnGlyphs drawn) throws IOException {
        if (drawn.isEmpty()) {
            return;
        }
        Set<COSDictionary> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font instanceof PDType0Font && done.add(font.getCOSObject())) {
                    SortedMap<Integer, String> shaped = drawn.of(PostScriptNames.of(font));
                    if (!shaped.isEmpty()) {
                        rewrite(document, font, shaped);
                    }
                }
            }
        }
    }

    private static void rewrite(PDDocument document, PDFont font, SortedMap<Integer, String> shaped) throws IOException {
        SortedMap<Integer, String> map = new TreeMap<>();
        for (int code = 0; code <= 0xFFFF; code++) {
            String text = font.toUnicode(code);
            if (text != null) {
                map.put(code, text);
            }
        }
        shaped.forEach(map::putIfAbsent);
        byte[] cmap = cmap(map).getBytes(StandardCharsets.US_ASCII);
        PDStream stream = new PDStream(document, new ByteArrayInputStream(cmap), COSName.FLATE_DECODE);
        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    }

    private static String cmap(SortedMap<Integer, String> map) {
        HexFormat hex = HexFormat.of().withUpperCase();
        StringBuilder out = new StringBuilder();
        out.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = new ArrayList<>(map.entrySet());
        for (int from = 0; from < entries.size(); from += BLOCK) {
            List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(entries.size(), from + BLOCK));
            out.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> entry : block) {
                out.append('<').append(hex.toHexDigits(entry.getKey().shortValue())).append("> <")
                        .append(hex.formatHex(entry.getValue().getBytes(StandardCharsets.UTF_16BE))).append(">\n");
            }
            out.append("endbfchar\n");
        }
        out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return out.toString();
    }
}
