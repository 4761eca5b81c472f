package org.handbook.parse;

import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;

/**
 * A numbered figure with an anchor: a captioned table (its caption, then the table) or a captioned
 * image (the image, then its caption).
 *
 * @param kind "table" or "figure", the figure's class
 */
final class FigureBlock extends CustomBlock {

    private final String kind;
    private final String id;

    FigureBlock(String kind, String id) {
        this.kind = kind;
        this.id = id;
    }

    String kind() {
        return kind;
    }

    String id() {
        return id;
    }

    /** Moves the children of {@code from} to the end of {@code to}'s, in order. */
    static void moveChildren(Node from, Node to) {
        Node child = from.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            to.appendChild(child);
            child = next;
        }
    }
}
