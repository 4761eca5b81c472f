package org.handbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.config.HandbookConfig;
import org.handbook.publish.OutputFolderException;

/** What build and check share: find the handbook, run, report, choose the exit code. */
final class BuildRunner {

    private BuildRunner() {
    }

    static int run(String verb, BuildRequest request, GlobalOptions options, Reporter reporter) throws IOException {
        Path root = request.root();
        if (!Files.isRegularFile(root.resolve(HandbookConfig.FILE_NAME))) {
            reporter.err().println("handbook: " + root.toAbsolutePath().normalize() + " is not a handbook: it has no "
                    + HandbookConfig.FILE_NAME + ". Run from a handbook's folder, or give it with --source DIR.");
            reporter.err().flush();
            return ExitCode.USAGE;
        }
        long start = System.nanoTime();
        BuildResult result;
        try {
            result = Handbook.build(request, reporter.progress(options.quiet, options.verbose));
        } catch (OutputFolderException e) {
            reporter.err().println("handbook: cannot publish: " + e.getMessage());
            reporter.err().flush();
            return ExitCode.USAGE;
        }
        reporter.diagnostics(result, options.quiet);
        reporter.summary(verb, result, System.nanoTime() - start, root, options.quiet);
        return result.hasErrors() ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
    }
}
