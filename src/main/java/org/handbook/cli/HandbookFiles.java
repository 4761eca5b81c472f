package org.handbook.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.handbook.Handbook;
import org.handbook.LinkResult;
import org.handbook.link.LinkedHandbook;
import org.handbook.model.Progress;
import org.handbook.model.Severity;

/** What the commands that work on a handbook's files share: the handbook linked, and the files they are given. */
final class HandbookFiles {

    private HandbookFiles() {
    }

    /** The handbook read and linked, its diagnostics reported; empty when it has errors, which a job must not be made from. */
    static Optional<LinkedHandbook> linkedWithoutErrors(Path root, Reporter reporter) {
        LinkResult result = Handbook.link(root, Progress.NONE);
        reporter.diagnostics(result.diagnostics(), true);
        return result.diagnostics().stream().anyMatch(diagnostic -> diagnostic.severity() == Severity.ERROR)
                ? Optional.empty() : result.handbook();
    }

    /** A file named from the current folder or from the handbook root, as the handbook's paths are. */
    static Path relativeToRoot(Path root, Path file) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(absoluteRoot) && absolute.toFile().exists()) {
            return absoluteRoot.relativize(absolute);
        }
        return file.normalize();
    }
}
