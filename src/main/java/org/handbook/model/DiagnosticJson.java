package org.handbook.model;

/**
 * A diagnostic as tools read it in JSON (the CLI's {@code --format json}, the preview server's
 * error overlay): a line or column the tool does not know is null.
 */
public record DiagnosticJson(String file, Integer line, Integer column, String severity, String code, String message,
                             String hint) {

    public static DiagnosticJson of(Diagnostic diagnostic) {
        SourcePosition position = diagnostic.position();
        return new DiagnosticJson(position.displayPath(), position.line() > 0 ? position.line() : null,
                position.line() > 0 ? Math.max(1, position.column()) : null, diagnostic.severity().label(),
                diagnostic.code(), diagnostic.message(), diagnostic.hint());
    }
}
