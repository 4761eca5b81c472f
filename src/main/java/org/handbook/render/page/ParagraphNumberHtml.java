package org.handbook.render.page;

import org.handbook.parse.ParagraphNumbers;

/** Writes the visible, linkable number of each numbered paragraph ("4.12", or "12" unnumbered). */
final class ParagraphNumberHtml {

    private ParagraphNumberHtml() {
    }

    static String insert(String html, String pageNumber, int paragraphs) {
        String filled = html;
        for (int n = 1; n <= paragraphs; n++) {
            String number = pageNumber.isEmpty() ? String.valueOf(n) : pageNumber + "." + n;
            filled = filled.replace(ParagraphNumbers.marker(n),
                    "<a class=\"paragraph-number\" href=\"#" + ParagraphNumbers.anchor(n) + "\">" + number + "</a> ");
        }
        return filled;
    }
}
