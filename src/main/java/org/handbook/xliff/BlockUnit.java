package org.handbook.xliff;

import java.util.List;

/**
 * One translatable block of a chapter (a paragraph, heading, list item's paragraph, table cell or
 * footnote's paragraph): the line of the chapter file it starts on, where its text starts and ends
 * in the chapter's Markdown after the front matter, and that text in pieces.
 */
record BlockUnit(int line, int start, int end, List<InlinePiece> pieces) {

    BlockUnit {
        pieces = List.copyOf(pieces);
    }

    /** The block's text as the chapter writes it. */
    String original() {
        StringBuilder text = new StringBuilder();
        for (InlinePiece piece : pieces) {
            text.append(piece.original());
        }
        return text.toString();
    }

    /** Whether the block holds words at all, and not only syntax and spaces. */
    boolean hasWords() {
        return pieces.stream().anyMatch(piece -> piece instanceof InlinePiece.Text words && !words.text().isBlank());
    }
}
