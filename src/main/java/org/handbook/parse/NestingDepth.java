package org.handbook.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * How deeply a page's Markdown nests (quotes in lists in quotes, emphasis in links in emphasis),
 * measured without recursion. Real chapters stay within a dozen levels; the parser is stopped at
 * {@link #PARSER_LIMIT} (deeper text is kept as plain text), and a page that comes anywhere near it
 * is reported rather than published flattened.
 */
public final class NestingDepth {

    /** Where the parser stops nesting: far below what exhausts a thread's stack in the visitors that follow. */
    public static final int PARSER_LIMIT = 1_000;
    /** The deepest a page may nest, counting every block and inline node from the document down. */
    static final int MAX = 64;

    private NestingDepth() {
    }

    /** The first node deeper than {@link #MAX}, in document order, if there is one. */
    static Optional<Node> tooDeep(Node document) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > MAX) {
                return Optional.of(node);
            }
            // Children pushed last first, so they are taken in document order.
            Deque<Node> children = new ArrayDeque<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                children.push(child);
            }
            for (Node child : children) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return Optional.empty();
    }
}
