package org.handbook.parse;

import java.nio.file.Path;
import java.util.List;
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
    /** The body's text, to find a place inside a node; empty where it cannot be mapped. */
    private final String body;
    private int[] lineStarts;

    /** For a chapter body that starts on {@code bodyFirstLine}. */
    SourceLocator(Path file, int bodyFirstLine) {
        this(file, bodyFirstLine, "");
    }

    /** For a chapter body that starts on {@code bodyFirstLine}, with its text. */
    SourceLocator(Path file, int bodyFirstLine, String body) {
        this.file = file;
        this.bodyFirstLine = bodyFirstLine;
        this.fixed = null;
        this.body = body;
    }

    private SourceLocator(SourcePosition value) {
        this.file = value.file();
        this.bodyFirstLine = value.line();
        this.fixed = value;
        this.body = "";
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

    /**
     * The place of the character at {@code offset} in {@code written}, where {@code written} appears
     * on the first line of {@code node} as the editor typed it; else the node's own place.
     */
    SourcePosition at(Node node, String written, int offset) {
        SourcePosition start = of(node);
        if (fixed != null || node.getSourceSpans().isEmpty()) {
            return start;
        }
        SourceSpan span = node.getSourceSpans().get(0);
        int lineStart = lineStart(span.getLineIndex());
        if (lineStart < 0) {
            return start;
        }
        int lineEnd = body.indexOf('\n', lineStart);
        String line = body.substring(lineStart, lineEnd < 0 ? body.length() : lineEnd);
        int from = Math.min(span.getColumnIndex(), line.length());
        // An address follows "](": found so, the same characters in the link's text are not taken for it.
        int inline = line.indexOf("](" + written, from);
        int found = inline >= 0 ? inline + 2 : line.indexOf(written, from);
        return found < 0 ? start : SourcePosition.of(file, start.line(), found + offset + 1);
    }

    /**
     * The place of the character at {@code offset} in a node's literal, a block of raw HTML or one
     * tag, which Markdown took from the source line by line as written.
     */
    SourcePosition inLiteral(Node node, String literal, int offset) {
        SourcePosition start = of(node);
        if (fixed != null || node.getSourceSpans().isEmpty()) {
            return start;
        }
        int line = (int) literal.substring(0, offset).chars().filter(c -> c == '\n').count();
        int column = offset - (literal.lastIndexOf('\n', offset - 1) + 1);
        List<SourceSpan> spans = node.getSourceSpans();
        if (line >= spans.size()) {
            return start;
        }
        return SourcePosition.of(file, bodyFirstLine + spans.get(line).getLineIndex(), spans.get(line).getColumnIndex() + column + 1);
    }

    /** The offset in the body where line {@code index} (from 0) starts, or -1 past its end. */
    private int lineStart(int index) {
        if (lineStarts == null) {
            // Found once: a page with thousands of bad addresses must not be scanned once for each.
            lineStarts = java.util.stream.IntStream.concat(java.util.stream.IntStream.of(0),
                    java.util.stream.IntStream.range(0, body.length()).filter(i -> body.charAt(i) == '\n').map(i -> i + 1)).toArray();
        }
        return index < lineStarts.length ? lineStarts[index] : -1;
    }
}
