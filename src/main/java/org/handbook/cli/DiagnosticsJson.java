package org.handbook.cli;

import java.util.List;
import org.handbook.BuildResult;
import org.handbook.model.Diagnostic;
import org.handbook.model.DiagnosticJson;
import org.handbook.model.Severity;

/** What {@code --format json} prints: the counts and every diagnostic, each with its stable code. */
record DiagnosticsJson(long errors, long warnings, List<DiagnosticJson> diagnostics) {

    static DiagnosticsJson of(BuildResult result, List<Diagnostic> shown) {
        return new DiagnosticsJson(result.count(Severity.ERROR), result.count(Severity.WARNING),
                shown.stream().map(DiagnosticJson::of).toList());
    }
}
