package org.handbook.parse;

import java.nio.file.Path;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.handbook.model.SourcePosition;

/**
 * Maps a Markdown node back to its line and column in the source file, front matter included.
 * Markdown inside a YAML value cannot be mapped exactly (quotes, block indicators and indentation
 * move it), so there every node is placed at the value itself.
 */
final class SourceLocator {

    private final Path file;
    private final int bodyFirstLine;
    private final SourcePosition fixed;

    /** For a chapter body that starts on {@code bodyFirstLine}. */
    SourceLocator(Path file, int bodyFirstLine) {
        this.file = file;
        this.bodyFirstLine = bodyFirstLine;
        this.fixed = null;
    }

    private SourceLocator(SourcePosition value) {
        this.file = value.file();
        this.bodyFirstLine = value.line();
        this.fixed = value;
    }

    /** For Markdown written as a YAML value at {@code value}. */
    static SourceLocator atValue(SourcePosition value) {
        return new SourceLocator(value);
    }

    SourcePosition of(Node node) {
        if (fixed != null) {
            return fixed;
        }
        for (Node current = node; current != null; current = current.getParent()) {
            if (!current.getSourceSpans().isEmpty()) {
                SourceSpan span = current.getSourceSpans().get(0);
                return SourcePosition.of(file, bodyFirstLine + span.getLineIndex(), span.getColumnIndex() + 1);
            }
        }
        return SourcePosition.of(file, bodyFirstLine, 1);
    }
}
