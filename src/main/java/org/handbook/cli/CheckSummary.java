package org.handbook.cli;

import org.handbook.model.Diagnostic;
import org.handbook.model.Severity;
import org.handbook.review.ReviewMarkdown;
import org.handbook.revision.ChangedSince;

/** A scoped check as Markdown for a pull request's job summary: the changed files, then each problem in a table. */
final class CheckSummary {

    private CheckSummary() {
    }

    static String markdown(String revision, ChangedSince scoped) {
        long errors = scoped.result().count(Severity.ERROR);
        long warnings = scoped.result().count(Severity.WARNING);
        StringBuilder out = new StringBuilder("## Handbook check\n\n");
        out.append(scoped.changed().size()).append(scoped.changed().size() == 1 ? " file" : " files")
                .append(" changed since `").append(revision.replace('`', '\'')).append("`: ")
                .append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(warnings).append(warnings == 1 ? " warning" : " warnings").append(" in them or caused by them.\n");
        if (scoped.result().diagnostics().isEmpty()) {
            return out.toString();
        }
        out.append("\n| Where | Problem | What to do |\n|---|---|---|\n");
        for (Diagnostic diagnostic : scoped.result().diagnostics()) {
            out.append("| `").append(diagnostic.position().toString().replace('`', '\'')).append("` | ")
                    .append(diagnostic.severity().label()).append(": ").append(cell(diagnostic.message()))
                    .append(" (").append(diagnostic.code()).append(") | ").append(cell(diagnostic.hint())).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        return ReviewMarkdown.escape(text);
    }
}
