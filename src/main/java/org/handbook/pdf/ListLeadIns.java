package org.handbook.pdf;

import org.jsoup.nodes.Element;

/**
 * Marks a short paragraph that introduces a list ("In such cases:") so that the print template
 * keeps it on the page of the list's first item, as it keeps a heading with its text. A longer
 * paragraph is left free to end a page: moving it whole would leave a gap at the foot.
 */
final class ListLeadIns {

    /** The class the print template styles. */
    static final String CLASS = "lead-in";
    /** About two lines of the body text; beyond this a paragraph is more than a lead-in. */
    private static final int LONGEST = 200;

    private ListLeadIns() {
    }

    static void mark(Element root) {
        for (Element paragraph : root.select("p")) {
            Element next = paragraph.nextElementSibling();
            String text = paragraph.text().strip();
            if (next != null && (next.normalName().equals("ul") || next.normalName().equals("ol"))
                    && (text.endsWith(":") || text.endsWith("：")) && text.length() <= LONGEST) {
                paragraph.addClass(CLASS);
            }
        }
    }
}
