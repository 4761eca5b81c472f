package org.handbook.pdf;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Decides how print gives the page a cross-reference leads to, from the text around the link, and
 * marks the link with the class the print template styles:
 * <ul>
 * <li>{@value #OWN_PARENTHESES}: in running text the page comes in parentheses of its own,
 * "Section 2.1 (p. 16)";</li>
 * <li>{@value #INSIDE_PARENTHESES}: a link that already stands inside the sentence's parentheses, or
 * is followed by a closing one, gets the page after a separator instead, "(see Section 2.1, p. 16)",
 * never a second pair of parentheses;</li>
 * <li>{@value #TEXT_FOLLOWS}, besides one of those: text follows the link with no space, as it does in
 * Thai, Lao, Khmer and Myanmar, which do not space words; the page reference then needs a space
 * after it, or it would run into the next word.</li>
 * </ul>
 */
final class PageReferences {

    static final String OWN_PARENTHESES = "xref-page";
    static final String INSIDE_PARENTHESES = "xref-page-bare";
    static final String TEXT_FOLLOWS = "xref-page-spaced";

    /** Elements that run inside a line; the nearest ancestor of a link that is none of these holds its sentence. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data",
            "del", "dfn", "em", "i", "img", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub",
            "sup", "time", "u", "var", "wbr");

    private PageReferences() {
    }

    /** Gives {@code link}, a cross-reference inside the document, the classes that say how its page is printed. */
    static void mark(Element link) {
        Surroundings around = Surroundings.of(link, block(link));
        link.addClass(around.insideParentheses() ? INSIDE_PARENTHESES : OWN_PARENTHESES);
        if (around.textFollows()) {
            link.addClass(TEXT_FOLLOWS);
        }
    }

    private static Element block(Element link) {
        Element block = link.parent();
        while (block != null && block.parent() != null && INLINE.contains(block.normalName())) {
            block = block.parent();
        }
        return block == null ? link : block;
    }

    /**
     * The text of the link's paragraph (or list item, table cell, caption…) before the link, and the
     * start of the text after it; footnote marks are left out, as they are not part of the sentence.
     */
    private record Surroundings(String before, String after) {

        static Surroundings of(Element link, Element block) {
            StringBuilder before = new StringBuilder();
            StringBuilder after = new StringBuilder();
            boolean[] passed = {false};
            NodeFilter collect = (node, depth) -> {
                if (node == link) {
                    passed[0] = true;
                    return NodeFilter.FilterResult.SKIP_ENTIRELY;
                }
                if (isFootnoteMark(node)) {
                    return NodeFilter.FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text) {
                    (passed[0] ? after : before).append(text.getWholeText());
                }
                return passed[0] && !after.toString().isBlank() ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.CONTINUE;
            };
            collect.traverse(block);
            return new Surroundings(before.toString(), after.toString());
        }

        private static boolean isFootnoteMark(Node node) {
            return node instanceof Element element
                    && element.hasClass("footnote-ref");
        }

        /** Whether a parenthesis opened before the link is still open, or one closes right after it. */
        boolean insideParentheses() {
            int open = 0;
            for (int i = 0; i < before.length(); i++) {
                char c = before.charAt(i);
                if (c == '(' || c == '（') {
                    open++;
                } else if ((c == ')' || c == '）') && open > 0) {
                    open--;
                }
            }
            String next = after.strip();
            return open > 0 || next.startsWith(")") || next.startsWith("）");
        }

        /** Whether a word (a letter or digit) follows the link with nothing between them. */
        boolean textFollows() {
            return !after.isEmpty() && Character.isLetterOrDigit(after.codePointAt(0));
        }
    }
}
