package org.handbook;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handbook.model.Diagnostic;
import org.handbook.model.Severity;
import org.handbook.render.BookSummary;

/** What a build found and wrote; {@code output} is present only when a site was published. */
public record BuildResult(List<Diagnostic> diagnostics, List<BookSummary> books, Optional<Path> output) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        books = List.copyOf(books);
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(diagnostic -> diagnostic.severity() == severity).count();
    }
}
