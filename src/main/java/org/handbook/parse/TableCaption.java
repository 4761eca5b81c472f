package org.handbook.parse;

import org.commonmark.node.CustomBlock;

/** The caption of a {@link TableFigure}; its children are the caption's inline Markdown. */
final class TableCaption extends CustomBlock {

    private final int ordinal;

    TableCaption(int ordinal) {
        this.ordinal = ordinal;
    }

    int ordinal() {
        return ordinal;
    }
}
