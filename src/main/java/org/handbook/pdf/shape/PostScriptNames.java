package org.handbook.pdf.shape;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** A font's PostScript name without the tag a subset gets ("ABCDEF+NotoSansThai-Regular"). */
public final class PostScriptNames {

    private PostScriptNames() {
    }

    public static String of(PDFont font) {
        return of(font.getName());
    }

    public static String of(String baseFont) {
        int plus = baseFont.indexOf('+');
        return plus == 6 ? baseFont.substring(plus + 1) : baseFont;
    }
}
