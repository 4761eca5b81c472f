package org.handbook.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in a handbook source file. {@code file} is relative to the handbook root; line and column
 * are 1-based, and 0 where unknown (a problem with a whole file, or a folder).
 */
public record SourcePosition(Path file, int line, int column) implements Comparable<SourcePosition> {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative line or column");
        }
    }

    public static SourcePosition of(Path file) {
        return new SourcePosition(file, 0, 0);
    }

    public static SourcePosition of(Path file, int line, int column) {
        return new SourcePosition(file, line, column);
    }

    /** The file with forward slashes whatever the platform, as editors and CI annotations expect. */
    public String displayPath() {
        return file.toString().replace('\\', '/');
    }

    @Override
    public int compareTo(SourcePosition other) {
        int byFile = displayPath().compareTo(other.displayPath());
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return displayPath() + ":" + line + ":" + column;
    }
}
