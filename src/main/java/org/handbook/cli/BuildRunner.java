package org.handbook.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.UnknownBookException;
import org.handbook.config.HandbookConfig;
import org.handbook.files.SpecialFiles;
import org.handbook.model.Severity;
import org.handbook.publish.OutputFolderException;
import org.handbook.revision.ChangedSince;
import org.handbook.revision.RevisionException;

/** What build and check share: find the handbook, run, report, choose the exit code. */
final class BuildRunner {

    private BuildRunner() {
    }

    /**
     * @param strict whether warnings fail the run, as errors do
     * @param format how diagnostics are printed; with json, nothing else goes to standard output
     */
    static int run(String verb, BuildRequest request, GlobalOptions options, boolean strict, DiagnosticFormat format,
                   Reporter reporter) {
        Path root = request.root();
        if (!isHandbook(root, reporter)) {
            return ExitCode.USAGE;
        }
        long start = System.nanoTime();
        BuildResult result;
        try {
            result = Handbook.build(request, reporter.progress(options.quiet || format == DiagnosticFormat.json, options.verbose));
        } catch (OutputFolderException e) {
            return refuse(reporter, "cannot publish: " + e.getMessage());
        } catch (UnknownBookException e) {
            return refuse(reporter, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return refuse(reporter, "cannot write the site: " + e.getMessage()
                    + ". Check that the output folder can be written, or choose another with --out DIR.");
        }
        return finish(verb, result, start, root, options, strict, format, reporter);
    }

    /**
     * Checks only what changed since a git revision ({@link ChangedSince}): the changed files'
     * problems and those the change causes elsewhere; on GitHub Actions the job summary gets them
     * as a table.
     */
    static int runChangedSince(String revision, GlobalOptions options, boolean strict, DiagnosticFormat format,
                               Reporter reporter) {
        Path root = options.source;
        if (!isHandbook(root, reporter)) {
            return ExitCode.USAGE;
        }
        long start = System.nanoTime();
        ChangedSince scoped;
        try {
            scoped = ChangedSince.check(root, revision,
                    reporter.progress(options.quiet || format == DiagnosticFormat.json, options.verbose));
        } catch (RevisionException e) {
            return refuse(reporter, "--changed-since: " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return refuse(reporter, "--changed-since: cannot read the handbook at " + revision + ": " + e.getMessage());
        }
        if (format == DiagnosticFormat.github) {
            StepSummary.append(CheckSummary.markdown(revision, scoped), reporter);
        }
        if (!options.quiet && format != DiagnosticFormat.json) {
            reporter.report(scoped.changed().size() + (scoped.changed().size() == 1 ? " file" : " files")
                    + " changed since " + TerminalText.line(revision) + "\n");
        }
        return finish("Checked", scoped.result(), start, root, options, strict, format, reporter);
    }

    private static int finish(String verb, BuildResult result, long start, Path root, GlobalOptions options, boolean strict,
                              DiagnosticFormat format, Reporter reporter) {
        reporter.diagnostics(result, options.quiet, format);
        reporter.summary(verb, result, System.nanoTime() - start, root, options.quiet || format == DiagnosticFormat.json);
        if (strict && !result.hasErrors() && result.count(Severity.WARNING) > 0) {
            reporter.problem("--strict: the warnings above fail the run");
            return ExitCode.CONTENT_ERRORS;
        }
        return result.hasErrors() ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
    }

    /** Whether {@code root} holds a handbook; says so, as a usage error, when it does not. */
    static boolean isHandbook(Path root, Reporter reporter) {
        Path config = root.resolve(HandbookConfig.FILE_NAME);
        // A named pipe there is refused by the build, at the file, rather than said not to exist.
        if (Files.isRegularFile(config) || SpecialFiles.kind(config).isPresent()) {
            return true;
        }
        refuse(reporter, root.toAbsolutePath().normalize() + " is not a handbook: it has no "
                + HandbookConfig.FILE_NAME + ". Run from a handbook's folder, or give it with --source DIR.");
        return false;
    }

    private static int refuse(Reporter reporter, String message) {
        reporter.problem(message);
        return ExitCode.USAGE;
    }
}
