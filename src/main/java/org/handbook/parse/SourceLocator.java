package org.handbook.parse;

import java.nio.file.Path;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.handbook.model.SourcePosition;

/**
 * Maps a Markdown node back to its line and column in the source file, front matter included.
 * {@code firstLineColumn} is where the text's first line starts (a value in a YAML file).
 */
record SourceLocator(Path file, int bodyFirstLine, int firstLineColumn) {

    /** For a chapter body, whose lines start at column 1. */
    SourceLocator(Path file, int bodyFirstLine) {
        this(file, bodyFirstLine, 1);
    }

    SourcePosition of(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (!current.getSourceSpans().isEmpty()) {
                SourceSpan span = current.getSourceSpans().get(0);
                int column = span.getColumnIndex() + (span.getLineIndex() == 0 ? firstLineColumn : 1);
                return SourcePosition.of(file, bodyFirstLine + span.getLineIndex(), column);
            }
        }
        return SourcePosition.of(file, bodyFirstLine, 1);
    }
}
