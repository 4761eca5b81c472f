package org.handbook.parse;

import org.commonmark.node.CustomNode;

/** Where a subject-index mark was: the anchor its index entry links to. */
final class IndexAnchor extends CustomNode {

    private final String id;

    IndexAnchor(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }
}
