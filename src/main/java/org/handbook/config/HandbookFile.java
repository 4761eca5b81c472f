package org.handbook.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** A file named in handbook.yml from the handbook's root: relative, and nothing leading out of the handbook. */
final class HandbookFile {

    private HandbookFile() {
    }

    /** The path {@code text} names, normalised, with either slash; empty when it is blank, absolute, leads out or cannot be a path. */
    static Optional<Path> named(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(text.replace('\\', '/')).normalize();
            return file.isAbsolute() || file.startsWith("..") ? Optional.empty() : Optional.of(file);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
