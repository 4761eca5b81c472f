package org.handbook.pdf;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Keeps an inline element on one line with the brackets and punctuation that touch it, by moving
 * them into the element's own text. The print engine may start a new line at the edge of any
 * inline element, where a browser would not, which left "Ratified (" at the end of a table cell's
 * line and ")" alone on the next; inside one run of text it breaks only where the language allows,
 * never after "(" or before ")".
 */
final class TouchingPunctuation {

    private static final String OPENING = "([";
    private static final String CLOSING = ")],.;:";

    private TouchingPunctuation() {
    }

    /** Gives every date the brackets and punctuation around it. */
    static void keepDatesTogether(Element root) {
        root.select("time").forEach(TouchingPunctuation::takeInto);
    }

    /** Moves the opening brackets right before {@code element} and the punctuation right after it into its text. */
    static void takeInto(Element element) {
        if (element.previousSibling() instanceof TextNode before) {
            String opening = trailing(before.getWholeText());
            if (!opening.isEmpty()) {
                before.text(before.getWholeText().substring(0, before.getWholeText().length() - opening.length()));
                prepend(element, opening);
            }
        }
        if (element.nextSibling() instanceof TextNode after) {
            String closing = leading(after.getWholeText());
            if (!closing.isEmpty()) {
                after.text(after.getWholeText().substring(closing.length()));
                append(element, closing);
            }
        }
    }

    /**
     * Adds {@code text} at the end of the element's last text when it ends with one, so that the
     * two stay one run of text for the engine; after its last child otherwise.
     */
    static void append(Element element, String text) {
        Node last = element.childNodeSize() == 0 ? null : element.childNode(element.childNodeSize() - 1);
        if (last instanceof TextNode lastText) {
            lastText.text(lastText.getWholeText() + text);
        } else {
            element.appendChild(new TextNode(text));
        }
    }

    private static void prepend(Element element, String text) {
        Node first = element.childNodeSize() == 0 ? null : element.childNode(0);
        if (first instanceof TextNode firstText) {
            firstText.text(text + firstText.getWholeText());
        } else {
            element.prependChild(new TextNode(text));
        }
    }

    /** The closing brackets and punctuation right after {@code element}, in the text that follows it. */
    static String closingAfter(Element element) {
        return element.nextSibling() instanceof TextNode after ? leading(after.getWholeText()) : "";
    }

    /** The opening brackets at the end of a text. */
    private static String trailing(String value) {
        int start = value.length();
        while (start > 0 && OPENING.indexOf(value.charAt(start - 1)) >= 0) {
            start--;
        }
        return value.substring(start);
    }

    /** The closing brackets and punctuation at the start of a text. */
    private static String leading(String value) {
        int end = 0;
        while (end < value.length() && CLOSING.indexOf(value.charAt(end)) >= 0) {
            end++;
        }
        return value.substring(0, end);
    }
}
