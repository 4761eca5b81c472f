package org.handbook.parse;

import org.commonmark.node.CustomBlock;

/**
 * A block quote that opens with a callout's marker ({@code > [!WARNING]}): its children are the
 * quote's blocks without the marker, shown under the label of its kind.
 */
final class Callout extends CustomBlock {

    private final String kind;

    /** @param kind one of {@link Callouts#KINDS}, in lower case */
    Callout(String kind) {
        this.kind = kind;
    }

    String kind() {
        return kind;
    }

    /** The key of the theme string that labels this kind of callout. */
    String labelKey() {
        return "callout." + kind;
    }
}
