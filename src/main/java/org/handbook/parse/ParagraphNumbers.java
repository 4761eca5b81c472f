package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** Numbers the paragraphs, recording each one's anchor in {@code ids}; returns the line each starts on. */
    static List<Integer> number(Node document, Map<Node, String> ids, SourceLocator locator) {
        List<Integer> lines = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph paragraph && !isPlaceholder(paragraph)) {
                lines.add(locator.of(paragraph).line());
                ids.put(paragraph, anchor(lines.size()));
                paragraph.prependChild(new Text(marker(lines.size())));
            }
        }
        return lines;
    }

    private static final Pattern ANCHOR = Pattern.compile("p([1-9][0-9]{0,5})");

    /** The anchor of paragraph {@code number}: "p12". */
    public static String anchor(int number) {
        return "p" + number;
    }

    /** The number of the paragraph an anchor names, when it has the paragraphs' form. */
    public static Optional<Integer> numberOf(String anchor) {
        Matcher matcher = ANCHOR.matcher(anchor);
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /** Whether a heading's slug would look like a paragraph's anchor. */
    static boolean looksLikeAnchor(String slug) {
        return slug.length() > 1 && slug.charAt(0) == 'p' && slug.chars().skip(1).allMatch(Character::isDigit);
    }

    /** Where the visible number goes; private-use characters no editor types by accident. */
    public static String marker(int number) {
        return "\uE005" + number + "\uE005";
    }

    /** A country table's placeholder paragraph is not a paragraph of text. */
    static boolean isPlaceholder(Paragraph paragraph) {
        return paragraph.getFirstChild() instanceof Text text && text.getLiteral().startsWith("\uE000");
    }
}
