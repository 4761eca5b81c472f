package org.handbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.handbook.BuildResult;
import org.handbook.model.Diagnostic;
import org.handbook.model.Severity;
import org.handbook.model.SourcePosition;
import org.handbook.model.Progress;
import org.handbook.text.JsonText;

/**
 * Everything a command prints: diagnostics, progress, the closing summary, its own messages and
 * reports. What comes from the handbook leaves through here, made safe for a terminal by
 * {@link TerminalText}; JSON needs nothing more, as it escapes control characters itself.
 */
final class Reporter {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Terminal terminal;

    Reporter(PrintWriter out, PrintWriter err, Terminal terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    PrintWriter err() {
        return err;
    }

    PrintWriter out() {
        return out;
    }

    /** A message of the tool's on standard error, as {@code handbook: message}, on one line. */
    void problem(String message) {
        err.println("handbook: " + TerminalText.line(message));
        err.flush();
    }

    /** One line on standard output. */
    void say(String line) {
        out.println(TerminalText.line(line));
        out.flush();
    }

    /** A report of several lines on standard output, as a person reads it. */
    void report(String text) {
        out.print(TerminalText.lines(text));
        out.flush();
    }

    /** A report holding a redline, its changed words in colour for a person at a terminal ({@link RedlineColours}). */
    void redline(String text) {
        String safe = TerminalText.lines(text);
        out.print(terminal.colour() ? RedlineColours.apply(safe) : safe);
        out.flush();
    }

    /** A JSON document on standard output, and nothing else there. */
    void json(Object document) {
        out.print(JsonText.of(document));
        out.flush();
    }

    Progress progress(boolean quiet, boolean verbose) {
        if (quiet) {
            return Progress.NONE;
        }
        // Verbose is a log of every stage's time, on a terminal too; otherwise a terminal redraws one status line.
        return terminal.interactive() && !verbose ? new TerminalProgress(err) : new LogProgress(err, verbose);
    }

    /**
     * Prints the run's diagnostics in {@code format} (errors only when {@code quiet}); as text,
     * each as {@code path:line:col: severity: message [CODE]} with its hint beneath.
     */
    void diagnostics(BuildResult result, boolean quiet, DiagnosticFormat format) {
        List<Diagnostic> shown = result.diagnostics().stream().filter(diagnostic -> !quiet || diagnostic.isError()).toList();
        switch (format) {
            case text -> diagnostics(shown, false);
            case github -> {
                shown.forEach(diagnostic -> out.println(GithubAnnotations.of(diagnostic)));
                out.flush();
            }
            case json -> json(DiagnosticsJson.of(result, shown));
        }
    }

    /** Prints each diagnostic as {@code path:line:col: severity: message [CODE]} with its hint beneath. */
    void diagnostics(List<Diagnostic> diagnostics, boolean quiet) {
        for (Diagnostic diagnostic : diagnostics) {
            if (quiet && !diagnostic.isError()) {
                continue;
            }
            err.println(TerminalText.line(location(diagnostic.position()) + ": " + diagnostic.severity().label() + ": "
                    + diagnostic.message() + " [" + diagnostic.code() + "]"));
            if (!diagnostic.hint().isEmpty()) {
                err.println("    hint: " + TerminalText.line(diagnostic.hint()));
            }
        }
        err.flush();
    }

    void summary(String verb, BuildResult result, long elapsedNanos, Path root, boolean quiet) {
        if (quiet) {
            return;
        }
        String perBook = result.books().stream()
                .map(book -> book.language() + "/" + book.edition() + ": " + book.pages())
                .collect(Collectors.joining(", "));
        long pages = result.books().stream().mapToLong(book -> book.pages()).sum();
        String where = result.output().map(output -> "; output in " + display(root, output))
                .orElse(result.hasErrors() && verb.equals("Built") ? "; nothing published" : "");
        say(String.format(Locale.ROOT, "%s %d pages (%s) in %.2f s: %s, %s%s", verb, pages, perBook.isEmpty() ? "none" : perBook,
                elapsedNanos / 1e9, count(result, Severity.ERROR, "error"), count(result, Severity.WARNING, "warning"), where));
    }

    private static String count(BuildResult result, Severity severity, String noun) {
        long count = result.count(severity);
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String location(SourcePosition position) {
        if (position.line() == 0) {
            return position.displayPath();
        }
        return position.displayPath() + ":" + position.line() + ":" + Math.max(1, position.column());
    }

    private static String display(Path root, Path output) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Path absoluteOutput = output.toAbsolutePath().normalize();
        return absoluteOutput.startsWith(absoluteRoot)
                ? absoluteRoot.relativize(absoluteOutput).toString().replace('\\', '/')
                : absoluteOutput.toString();
    }
}
