package org.handbook.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;
import org.handbook.text.CodePoints;

/**
 * Reads an anchor id the editor chose, written as {@code {#id}} at the end of a heading or a table
 * caption (as in Pandoc and Hugo), so that a translation keeps its source's anchors.
 */
final class ChosenIds {

    private static final Pattern CHOSEN_ID = Pattern.compile("\\s*\\{#([\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}_-]*)\\}\\s*$");
    private static final Pattern ANY_ID = Pattern.compile("\\{#([^{}]*)\\}\\s*$");

    private ChosenIds() {
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
        chosen.ifPresent(taken -> diagnostics.error(at, "HB-HEADING-ID",
                "the id '" + taken + "' is already taken on this page, or has the form of an id the site makes",
                "choose another id; p12, ix-3, fn-… and fnref-… are the site's own"));
        return slugs.next(slugPrefix + PlainText.of(node));
    }

    /**
     * A trailing {@code {#…}} that is not an id, such as one holding an invisible character: it
     * would otherwise stay in the heading's text, unseen, and the anchor be made from the text.
     */
    private static Optional<String> malformed(Node node) {
        if (!(node.getLastChild() instanceof Text last)) {
            return Optional.empty();
        }
        Matcher any = ANY_ID.matcher(last.getLiteral());
        return any.find() && !CHOSEN_ID.matcher(last.getLiteral()).find() ? Optional.of(any.group(1)) : Optional.empty();
    }

    /** Names the first character of {@code id} an id may not hold. */
    private static String foreignCharacter(String id) {
        return CodePoints.firstRefused(id, c -> Character.isLetterOrDigit(c) || c == '-' || c == '_'
                        || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK)
                .orElse(id.isEmpty() ? "nothing" : "a mark where a letter or digit must come first");
    }

    /** Removes a trailing {@code {#id}} from {@code node}'s text and returns the id. */
    private static Optional<String> take(Node node) {
        if (!(node.getLastChild() instanceof Text last)) {
            return Optional.empty();
        }
        Matcher matcher = CHOSEN_ID.matcher(last.getLiteral());
        if (!matcher.find()) {
            return Optional.empty();
        }
        last.setLiteral(last.getLiteral().substring(0, matcher.start()));
        return Optional.of(matcher.group(1));
    }
}
