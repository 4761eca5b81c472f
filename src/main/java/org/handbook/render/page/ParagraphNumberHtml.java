package org.handbook.render.page;

import org.handbook.parse.ParagraphNumbers;

/**
 * Writes the visible, linkable number of each numbered paragraph, with the paragraph mark the
 * theme gives ("¶ 4.12", or "¶ 12" on an unnumbered page). The control that copies its citation is
 * the theme's script's to add beside it: without the script it would only repeat the number's
 * link, and written into the page it cost a heavy Thai page some 7 KB.
 */
final class ParagraphNumberHtml {

    private static final char MARK = ParagraphNumbers.marker(1).charAt(0);

    private ParagraphNumberHtml() {
    }

    /** Replaces each paragraph's marker in one pass over the page (a replace per paragraph was quadratic). */
    static String insert(String html, String pageNumber, int paragraphs, PlaceNames names) {
        StringBuilder filled = new StringBuilder(html.length() + paragraphs * 100);
        int from = 0;
        for (int open = html.indexOf(MARK); open >= 0; open = html.indexOf(MARK, from)) {
            int close = html.indexOf(MARK, open + 1);
            int number = close < 0 ? -1 : paragraphNumber(html, open + 1, close);
            if (number < 1 || number > paragraphs) {
                filled.append(html, from, open + 1);
                from = open + 1;
                continue;
            }
            String anchor = ParagraphNumbers.anchor(number);
            String locator = names.paragraph((pageNumber.isEmpty() ? "" : pageNumber + ".") + number);
            filled.append(html, from, open).append("<a class=\"paragraph-number\" href=\"#").append(anchor).append("\">")
                    .append(FactDisplay.escape(locator)).append("</a> ");
            from = close + 1;
        }
        return filled.append(html, from, html.length()).toString();
    }

    private static int paragraphNumber(String html, int start, int end) {
        if (end == start || end - start > 9) {
            return -1;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isDigit(html.charAt(i)) || html.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(html, start, end, 10);
    }
}
