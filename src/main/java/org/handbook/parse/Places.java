package org.handbook.parse;

import java.util.Map;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Where in a page a node sits, as later stages name it: the numbered paragraph it belongs to (a
 * list or quote after a numbered paragraph belongs to that paragraph), else the section it is in,
 * else the top of the page (the empty anchor). A footnote is where the text refers to it first.
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
        if (block instanceof FootnoteDefinition footnote && block.getParent() != null) {
            Node reference = firstReference(block.getParent(), footnote.getLabel());
            if (reference != null) {
                return of(reference, ids);
            }
        }
        for (Node candidate = block; candidate != null; candidate = candidate.getPrevious()) {
            String id = ids.get(candidate);
            if (id != null && (candidate instanceof Heading || ParagraphNumbers.numberOf(id).isPresent())) {
                return id;
            }
        }
        return "";
    }

    private static Node firstReference(Node document, String label) {
        Node[] first = new Node[1];
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (first[0] == null && node instanceof FootnoteReference reference && reference.getLabel().equals(label)
                        && !insideFootnote(reference)) {
                    first[0] = reference;
                }
                visitChildren(node);
            }
        });
        return first[0];
    }

    private static boolean insideFootnote(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof FootnoteDefinition) {
                return true;
            }
        }
        return false;
    }
}
