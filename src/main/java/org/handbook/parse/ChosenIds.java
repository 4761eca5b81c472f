package org.handbook.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Reads an anchor id the editor chose, written as {@code {#id}} at the end of a heading or a table
 * caption (as in Pandoc and Hugo), so that a translation keeps its source's anchors.
 */
final class ChosenIds {

    private static final Pattern CHOSEN_ID = Pattern.compile("\\s*\\{#([\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}_-]*)\\}\\s*$");

    private ChosenIds() {
    }

    /** Removes a trailing {@code {#id}} from {@code node}'s text and returns the id. */
    static Optional<String> take(Node node) {
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
