package org.handbook.parse;

import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Numbers a chapter's body paragraphs in the style of UN and court documents: each paragraph at
 * the top level of the page gets an anchor ({@code p12}) and a marker the render stage turns into
 * its visible, linkable number ("4.12").
 */
public final class ParagraphNumbers {

    private ParagraphNumbers() {
    }

    /** Numbers the paragraphs, recording each one's anchor in {@code ids}; returns how many there are. */
    static int number(Node document, Map<Node, String> ids) {
        int count = 0;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph paragraph && !isPlaceholder(paragraph)) {
                count++;
                ids.put(paragraph, anchor(count));
                paragraph.prependChild(new Text(marker(count)));
            }
        }
        return count;
    }

    static String anchor(int number) {
        return "p" + number;
    }

    /** Where the visible number goes; private-use characters no editor types by accident. */
    public static String marker(int number) {
        return "\uE005" + number + "\uE005";
    }

    /** A country table's placeholder paragraph is not a paragraph of text. */
    private static boolean isPlaceholder(Paragraph paragraph) {
        return paragraph.getFirstChild() instanceof Text text && text.getLiteral().startsWith("\uE000");
    }
}
