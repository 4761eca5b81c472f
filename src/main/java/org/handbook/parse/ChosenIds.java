package org.handbook.parse;

import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;
import org.handbook.text.CodePoints;

/**
 * Reads an anchor id the editor chose, written as {@code {#id}} at the end of a heading or a table
 * caption (as in Pandoc and Hugo), so that a translation keeps its source's anchors.
 */
final class ChosenIds {

    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}_-]*");

    private ChosenIds() {
    }

    /** Reports an id the editor chose that the page or the site already uses. */
    static void reportTaken(String id, String code, SourcePosition at, Diagnostics diagnostics) {
        diagnostics.error(at, code, HeadingSlugs.isThemes(id)
                        ? "the id '" + id + "' is the theme's own, for an element of every page"
                        : "the id '" + id + "' is already taken on this page, or has the form of an id the site makes",
                "choose another id; p12, ix-3, fn-…, fnref-… and the theme's ids (such as content and"
                        + " site-search-query) are the site's own");
    }

    /** Whether {@code id} is written as an anchor must be: letters and digits of any script, hyphens and underscores. */
    static boolean isId(String id) {
        return ID.matcher(id).matches();
    }

    /**
     * The anchor of a heading or table caption: the id its editor chose, when it is free on the
     * page, or else one made from its text. Removes the {@code {#id}} from the node's text, and
     * reports a chosen id that is malformed or already taken.
     *
     * @param slugPrefix what the made anchor starts with ("table " for a table's)
     */
    static String anchor(Node node, String slugPrefix, HeadingSlugs slugs, SourcePosition at, Diagnostics diagnostics) {
        malformed(node).ifPresent(bad -> diagnostics.error(at, "HB-HEADING-ID",
                "'{#" + bad + "}' is not an id: it holds " + foreignCharacter(bad),
                "write the id in letters, digits and hyphens, such as {#dual-criminality}"));
        Optional<String> chosen = take(node);
        Optional<String> claimed = chosen.filter(slugs::claim);
        if (claimed.isPresent()) {
            return claimed.get();
        }
        chosen.ifPresent(taken -> reportTaken(taken, "HB-HEADING-ID", at, diagnostics));
        return slugs.next(slugPrefix + PlainText.of(node));
    }

    /**
     * A trailing {@code {#…}} that is not an id, such as one holding an invisible character: it
     * would otherwise stay in the heading's text, unseen, and the anchor be made from the text.
     */
    private static Optional<String> malformed(Node node) {
        return trailing(node).map(Trailing::inside).filter(inside -> !ID.matcher(inside).matches());
    }

    /** Names the first character of {@code id} an id may not hold. */
    private static String foreignCharacter(String id) {
        return CodePoints.firstRefused(id, c -> Character.isLetterOrDigit(c) || c == '-' || c == '_'
                        || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK)
                .orElse(id.isEmpty() ? "nothing" : "a mark where a letter or digit must come first");
    }

    /** Removes a trailing {@code {#id}} from {@code node}'s text and returns the id. */
    private static Optional<String> take(Node node) {
        Optional<Trailing> found = trailing(node).filter(candidate -> ID.matcher(candidate.inside()).matches());
        found.ifPresent(id -> {
            while (id.text().getNext() != null) {
                id.text().getNext().unlink();
            }
            id.text().setLiteral(withoutTrailingSpace(id.text().getLiteral().substring(0, id.start())));
        });
        return found.map(Trailing::inside);
    }

    /**
     * A {@code {#…}} at the end of a node's text, found without a pattern that could backtrack over
     * long runs of spaces: it starts in {@code text} at {@code start} and may run on through the
     * inlines after it, as Markdown reads an id with underscores or stars ({@code {#the-_tests_-folder}}
     * holds emphasis) or backticks.
     */
    private record Trailing(Text text, int start, String inside) {
    }

    private static Optional<Trailing> trailing(Node node) {
        Node child = node.getLastChild();
        StringBuilder after = new StringBuilder();
        while (child != null && !(child instanceof Text text && text.getLiteral().contains("{#"))) {
            Optional<String> source = source(child);
            if (source.isEmpty()) {
                return Optional.empty();
            }
            after.insert(0, source.get());
            child = child.getPrevious();
        }
        if (!(child instanceof Text first)) {
            return Optional.empty();
        }
        String text = withoutTrailingSpace(first.getLiteral() + after);
        int open = text.lastIndexOf("{#");
        if (!text.endsWith("}") || open < 0 || open >= first.getLiteral().length()) {
            return Optional.empty();
        }
        String inside = text.substring(open + 2, text.length() - 1);
        return inside.indexOf('{') >= 0 || inside.indexOf('}') >= 0 ? Optional.empty()
                : Optional.of(new Trailing(first, open, inside));
    }

    /** The Markdown an inline was read from, for the few an id can hold; none for any other. */
    private static Optional<String> source(Node inline) {
        if (inline instanceof Text text) {
            return Optional.of(text.getLiteral());
        }
        if (inline instanceof Code code) {
            return Optional.of("`" + code.getLiteral() + "`");
        }
        String delimiter = inline instanceof Emphasis emphasis ? emphasis.getOpeningDelimiter()
                : inline instanceof StrongEmphasis strong ? strong.getOpeningDelimiter() : null;
        if (delimiter == null) {
            return Optional.empty();
        }
        StringBuilder inner = new StringBuilder();
        for (Node child = inline.getFirstChild(); child != null; child = child.getNext()) {
            Optional<String> source = source(child);
            if (source.isEmpty()) {
                return Optional.empty();
            }
            inner.append(source.get());
        }
        return Optional.of(delimiter + inner + delimiter);
    }

    /** Without the spaces, tabs and line breaks at its end (what \s stands for in a pattern). */
    private static String withoutTrailingSpace(String text) {
        int end = text.length();
        while (end > 0 && " \t\n\u000B\f\r".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
