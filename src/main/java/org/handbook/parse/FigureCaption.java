package org.handbook.parse;

import org.commonmark.node.CustomBlock;

/**
 * The caption of a {@link FigureBlock}; its children are the caption's inline Markdown, after the
 * figure's number, which the render stage writes in place of {@code numberMarker}.
 */
final class FigureCaption extends CustomBlock {

    private final String numberMarker;

    FigureCaption(String numberMarker) {
        this.numberMarker = numberMarker;
    }

    String numberMarker() {
        return numberMarker;
    }
}
