package org.handbook.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

/**
 * Takes HTML comments out of a parsed page before anything reads it: an author's
 * {@code <!-- note to the editors -->} is invisible on GitHub, in every Markdown tool and every
 * editor, so it never reaches the page, the search index or the PDF, and is no raw HTML to warn
 * about. A block that holds anything besides comments is left to the raw-HTML rules.
 */
final class HtmlComments {

    private static final Pattern ONLY_COMMENTS = Pattern.compile("\\s*(<!--.*?-->\\s*)+", Pattern.DOTALL);

    private HtmlComments() {
    }

    static void remove(Node document) {
        List<Node> comments = new ArrayList<>();
        // Iteratively: a page's nesting was bounded before this runs, but a stack costs nothing.
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof HtmlBlock block && ONLY_COMMENTS.matcher(block.getLiteral()).matches()
                    || node instanceof HtmlInline inline && inline.getLiteral().startsWith("<!--")) {
                comments.add(node);
                continue;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                pending.push(child);
            }
        }
        comments.forEach(Node::unlink);
    }
}
