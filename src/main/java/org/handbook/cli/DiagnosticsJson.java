package org.handbook.cli;

import java.util.List;
import org.handbook.BuildResult;
import org.handbook.model.Diagnostic;
import org.handbook.model.Severity;

/**
 * What {@code --format json} prints: the counts and every diagnostic, each with its stable code.
 * A line or column the tool does not know is null.
 */
record DiagnosticsJson(long errors, long warnings, List<Entry> diagnostics) {

    record Entry(String file, Integer line, Integer column, String severity, String code, String message, String hint) {
    }

    static DiagnosticsJson of(BuildResult result, List<Diagnostic> shown) {
        return new DiagnosticsJson(result.count(Severity.ERROR), result.count(Severity.WARNING), shown.stream()
                .map(diagnostic -> new Entry(diagnostic.position().displayPath(),
                        diagnostic.position().line() > 0 ? diagnostic.position().line() : null,
                        diagnostic.position().line() > 0 ? Math.max(1, diagnostic.position().column()) : null,
                        diagnostic.severity().label(), diagnostic.code(), diagnostic.message(), diagnostic.hint()))
                .toList());
    }
}
