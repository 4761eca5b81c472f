package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/** Finds the links of a page that are marks of one scheme ({@code index:}, {@code authority:}), in document order. */
final class MarkLinks extends AbstractVisitor {

    private final String scheme;
    private final List<Link> found = new ArrayList<>();

    private MarkLinks(String scheme) {
        this.scheme = scheme;
    }

    static List<Link> in(Node document, String scheme) {
        MarkLinks finder = new MarkLinks(scheme);
        document.accept(finder);
        return finder.found;
    }

    /** Whether {@code destination} is a mark of {@code scheme}: "index:", "Index: ", "authority:…". */
    static boolean isMark(String destination, String scheme) {
        return destination.toLowerCase(Locale.ROOT).startsWith(scheme);
    }

    /** Puts the text of {@code mark} where it was: a mark is no link to the reader. */
    static void unwrap(Link mark) {
        Node child = mark.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            mark.insertBefore(child);
            child = next;
        }
        mark.unlink();
    }

    @Override
    public void visit(Link link) {
        if (isMark(link.getDestination(), scheme)) {
            found.add(link);
        } else {
            visitChildren(link);
        }
    }
}
