package org.handbook.xliff;

import java.util.List;

/**
 * One translatable block of a chapter (a paragraph, heading, list item's paragraph, table cell,
 * footnote's paragraph or a country table's caption): the line of the chapter file it starts on,
 * where its text starts and ends in the chapter's Markdown after the front matter, and that text in
 * pieces. A caption is a YAML value ({@code yamlValue}): its pieces are the text YAML reads, and a
 * translation is written back as YAML writes it.
 */
record BlockUnit(int line, int start, int end, List<InlinePiece> pieces, boolean yamlValue) {

    BlockUnit {
        pieces = List.copyOf(pieces);
    }

    BlockUnit(int line, int start, int end, List<InlinePiece> pieces) {
        this(line, start, end, pieces, false);
    }

    /** The block's text as the chapter writes it (a caption's, as YAML reads it). */
    String original() {
        StringBuilder text = new StringBuilder();
        for (InlinePiece piece : pieces) {
            text.append(piece.original());
        }
        return text.toString();
    }

    /** The block's codes as written, in order: a translation offered as a target must have the same. */
    List<String> codes() {
        return pieces.stream().filter(piece -> !(piece instanceof InlinePiece.Text)).map(InlinePiece::original).toList();
    }

    /** A translation of the block as it goes into the chapter in the block's place. */
    String written(String translation) {
        return yamlValue ? StringsFile.written(translation) : translation;
    }

    /** Whether the block holds words at all, and not only syntax and spaces. */
    boolean hasWords() {
        return pieces.stream().anyMatch(piece -> piece instanceof InlinePiece.Text words && !words.text().isBlank());
    }
}
