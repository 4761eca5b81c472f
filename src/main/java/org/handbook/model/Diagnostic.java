package org.handbook.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a handbook: where, how bad, a stable code editors can look up, what is
 * wrong, and what to do about it.
 */
public record Diagnostic(SourcePosition position, Severity severity, String code, String message, String hint) {

    /** Position first, so a report reads top to bottom through each file. */
    public static final Comparator<Diagnostic> READING_ORDER = Comparator
            .comparing(Diagnostic::position)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        // One line each, whatever a library's message looked like: reports are read line by line.
        message = message.strip().replaceAll("\\s*\\R\\s*", " ");
        hint = hint == null ? "" : hint.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    public static Diagnostic error(SourcePosition position, String code, String message, String hint) {
        return new Diagnostic(position, Severity.ERROR, code, message, hint);
    }

    public static Diagnostic warning(SourcePosition position, String code, String message, String hint) {
        return new Diagnostic(position, Severity.WARNING, code, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
