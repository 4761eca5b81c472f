package org.handbook.pdf;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Keeps each date on one line with the brackets and punctuation that touch it, by moving them into
 * the date's element. The print engine may break a line at the edge of an inline element where a
 * browser would not, which left "Ratified (" at the end of a table cell's line and ")" alone on
 * the next.
 */
final class DateLineBreaks {

    private static final String OPENING = "([";
    private static final String CLOSING = ")],.;:";

    private DateLineBreaks() {
    }

    static void keepTogether(Element root) {
        for (Element date : root.select("time")) {
            String opening = trailing(date.previousSibling());
            String closing = leading(date.nextSibling());
            if (opening.isEmpty() && closing.isEmpty()) {
                continue;
            }
            // Inside one run of text the engine breaks only where the language allows, never after "(".
            if (!opening.isEmpty()) {
                TextNode before = (TextNode) date.previousSibling();
                before.text(before.getWholeText().substring(0, before.getWholeText().length() - opening.length()));
                date.prependText(opening);
            }
            if (!closing.isEmpty()) {
                TextNode after = (TextNode) date.nextSibling();
                after.text(after.getWholeText().substring(closing.length()));
                date.appendText(closing);
            }
        }
    }

    /** The opening brackets at the end of a text right before a date. */
    private static String trailing(Node node) {
        if (!(node instanceof TextNode text)) {
            return "";
        }
        String value = text.getWholeText();
        int start = value.length();
        while (start > 0 && OPENING.indexOf(value.charAt(start - 1)) >= 0) {
            start--;
        }
        return value.substring(start);
    }

    /** The closing brackets and punctuation at the start of a text right after a date. */
    private static String leading(Node node) {
        if (!(node instanceof TextNode text)) {
            return "";
        }
        String value = text.getWholeText();
        int end = 0;
        while (end < value.length() && CLOSING.indexOf(value.charAt(end)) >= 0) {
            end++;
        }
        return value.substring(0, end);
    }
}
