package org.handbook.parse;

import java.util.Map;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Where in a page a node sits, as later stages name it: the numbered paragraph it belongs to (a
 * list or quote after a numbered paragraph belongs to that paragraph), else the section it is in,
 * else the top of the page (the empty anchor).
 */
final class Places {

    private Places() {
    }

    /** @param ids the anchors of the page's headings and numbered paragraphs, by node */
    static String of(Node node, Map<Node, String> ids) {
        Node block = node;
        while (block.getParent() != null && !(block.getParent() instanceof Document)) {
            block = block.getParent();
        }
        for (Node candidate = block; candidate != null; candidate = candidate.getPrevious()) {
            String id = ids.get(candidate);
            if (id != null && (candidate instanceof Heading || ParagraphNumbers.numberOf(id).isPresent())) {
                return id;
            }
        }
        return "";
    }
}
