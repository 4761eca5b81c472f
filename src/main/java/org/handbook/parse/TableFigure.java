package org.handbook.parse;

import org.commonmark.node.CustomBlock;

/** A captioned table: its caption, then the table, rendered as one figure with an anchor. */
final class TableFigure extends CustomBlock {

    private final String id;

    TableFigure(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }
}
