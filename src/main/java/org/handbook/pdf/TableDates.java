package org.handbook.pdf;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Lets a date in a table cell break between its words. Running text keeps a date on one line, but a
 * table's columns share the width of the text block, and a column as wide as its longest date
 * ("(25 January 2016);", "(17 ตุลาคม พ.ศ. 2556)") left a table of five or six of them wider
 * than the page, where the engine cut it off. A word ending in a full stop, such as the Thai era
 * "พ.ศ.", stays with the year after it.
 */
final class TableDates {

    private static final Pattern BREAKABLE = Pattern.compile("(?<!\\.)\u00a0");

    private TableDates() {
    }

    static void letBreak(Element root) {
        for (Element date : root.select("td time, th time")) {
            for (TextNode text : date.textNodes()) {
                text.text(BREAKABLE.matcher(text.getWholeText()).replaceAll(" "));
            }
        }
    }
}
