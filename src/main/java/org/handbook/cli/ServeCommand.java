package org.handbook.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.handbook.BuildResult;
import org.handbook.model.Diagnostic;
import org.handbook.model.Severity;
import org.handbook.publish.OutputFolderException;
import org.handbook.serve.Preview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code handbook serve}: a preview on this machine that rebuilds and reloads on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Serves a preview of the site that rebuilds on every save.", "",
                "The preview has the pages only (no PDFs, no search index) and is served on this machine. On every"
                        + " change of handbook.yml, chapters/, countries/, theme/, editions/ or images/ it is rebuilt,"
                        + " and the browser tabs showing a changed page reload. A change that does not build keeps the"
                        + " last good site served, and shows its errors in the terminal and over the page.",
                "Stop it with Ctrl+C."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./handbook serve",
                "      Serves the preview at http://127.0.0.1:8000/ until you press Ctrl+C.",
                "  ./handbook serve --port 8080",
                "      Serves it on port 8080 instead, when 8000 is taken."})
final class ServeCommand implements Callable<Integer> {

    private final Reporter reporter;

    @ParentCommand
    HandbookCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "The port to listen on (default: 8000; 0 for any free one).")
    int port = 8000;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "The address to listen on (default: 127.0.0.1, this machine only). Another address lets"
                    + " other machines read the preview.")
    String bind = "127.0.0.1";

    @Option(names = "--out", paramLabel = "DIR", description = "Where the preview is built (default: target/preview).")
    Path out;

    ServeCommand(Reporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public Integer call() throws Exception {
        GlobalOptions options = parent.global;
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535 (found " + port + ")");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--bind must be an address of this machine, such as 127.0.0.1"
                    + " (found '" + bind + "')");
        }
        if (!BuildRunner.isHandbook(options.source, reporter)) {
            return ExitCode.USAGE;
        }
        Path output = out != null ? out : options.source.resolve("target/preview");
        Preview preview;
        try {
            preview = Preview.start(options.source, output, new InetSocketAddress(address, port), new TerminalListener(options));
        } catch (BindException e) {
            reporter.problem("cannot listen on " + bind + ":" + port + " (" + e.getMessage()
                    + "). Choose another port with --port, or --port 0 for any free one.");
            return ExitCode.USAGE;
        } catch (OutputFolderException | IOException e) {
            reporter.problem("cannot build the preview: " + e.getMessage() + ". Choose another folder with --out DIR.");
            return ExitCode.USAGE;
        }
        if (!address.isLoopbackAddress()) {
            reporter.problem("warning: listening on " + bind + ": other machines that can reach this one can read the preview");
        }
        reporter.say("Serving the handbook at " + preview.address() + " (Ctrl+C to stop)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                preview.close();
            } catch (IOException e) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        stopped.await();
        return ExitCode.OK;
    }

    /** Tells the terminal what each rebuild did. */
    private final class TerminalListener implements Preview.Listener {

        private final GlobalOptions options;
        private List<Diagnostic> shownWarnings = List.of();
        private boolean first = true;

        TerminalListener(GlobalOptions options) {
            this.options = options;
        }

        @Override
        public void built(BuildResult result, Duration took, Set<String> changedFiles) {
            show(result);
            if (!options.quiet) {
                long pages = result.books().stream().mapToLong(book -> book.pages()).sum();
                reporter.say(String.format(Locale.ROOT, first ? "Built %d pages in %.2f s" : "Rebuilt in %2$.2f s: %3$d file%4$s changed",
                        pages, took.toNanos() / 1e9, changedFiles.size(), changedFiles.size() == 1 ? "" : "s"));
            }
            first = false;
        }

        /** Errors every time; warnings when they differ from those last shown, not again on every save. */
        private void show(BuildResult result) {
            List<Diagnostic> warnings = result.diagnostics().stream().filter(d -> !d.isError()).toList();
            reporter.diagnostics(result.diagnostics().stream()
                    .filter(d -> d.isError() || !warnings.equals(shownWarnings)).toList(), options.quiet);
            shownWarnings = warnings;
        }

        @Override
        public void failed(BuildResult result, Duration took) {
            show(result);
            long errors = result.count(Severity.ERROR);
            reporter.problem(String.format(Locale.ROOT, "the change does not build (%d error%s); the last good site is still served",
                    errors, errors == 1 ? "" : "s"));
        }

        @Override
        public void trouble(String message) {
            reporter.problem(message);
        }

        @Override
        public void crashed(Throwable failure, Duration took) {
            reporter.problem("internal error: " + failure + ". This is a bug in handbook, not in your handbook: the last"
                    + " good site is still served, and the next save rebuilds. "
                    + (options.verbose ? "Please report it with the stack trace below." : "Run with --verbose for the stack trace"
                    + " and report it."));
            if (options.verbose) {
                reporter.err().print(TerminalText.stackTrace(failure));
                reporter.err().flush();
            }
        }
    }
}
