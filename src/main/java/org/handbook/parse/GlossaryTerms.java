package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.handbook.model.AnchorId;

/**
 * Finds the terms of a glossary page: its headings of the deepest level it uses, so that
 * {@code ## Terms} with {@code ### Dual criminality} under it makes one term per {@code ###}
 * heading, and a closing {@code ## Sources} is not a term. What follows a term is its definition;
 * a slot goes after each definition for the list of places that use the term.
 */
public final class GlossaryTerms {

    private GlossaryTerms() {
    }

    /** Where the list of uses of {@code term} (a term heading's anchor) goes in the page's HTML. */
    public static String usesMarker(String term) {
        return "\uE007" + term + "\uE007";
    }

    /** @param ids the anchors of the page's headings, by node */
    static List<AnchorId> mark(Node document, Map<Node, String> ids) {
        List<Heading> headings = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && ids.containsKey(heading)) {
                headings.add(heading);
            }
        }
        int deepest = headings.stream().mapToInt(Heading::getLevel).max().orElse(0);
        List<AnchorId> terms = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            if (heading.getLevel() != deepest) {
                continue;
            }
            String id = ids.get(heading);
            terms.add(new AnchorId(id));
            TermUsesSlot slot = new TermUsesSlot(id);
            Heading next = i + 1 < headings.size() ? headings.get(i + 1) : null;
            if (next == null) {
                document.appendChild(slot);
            } else {
                next.insertBefore(slot);
            }
        }
        return terms;
    }
}
