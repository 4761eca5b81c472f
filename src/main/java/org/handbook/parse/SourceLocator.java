package org.handbook.parse;

import java.nio.file.Path;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.handbook.model.SourcePosition;

/** Maps a Markdown node back to its line and column in the source file, front matter included. */
record SourceLocator(Path file, int bodyFirstLine) {

    SourcePosition of(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (!current.getSourceSpans().isEmpty()) {
                SourceSpan span = current.getSourceSpans().get(0);
                return SourcePosition.of(file, bodyFirstLine + span.getLineIndex(), span.getColumnIndex() + 1);
            }
        }
        return SourcePosition.of(file, bodyFirstLine, 1);
    }
}
