package org.handbook.cli;

import java.util.concurrent.Callable;
import org.handbook.BuildRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code handbook check}: every validation the build runs, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Runs every validation that build runs, and writes nothing.", "",
                "Exit code 0 when the handbook has no errors; 1 when it has errors, or warnings with --strict."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./handbook check --strict --format github",
                "      Fails on warnings too, and annotates a pull request with each problem.",
                "  ./handbook check --changed-since origin/main",
                "      Reports only what the changes since origin/main contain or break."})
final class CheckCommand implements Callable<Integer> {

    private final Reporter reporter;

    @ParentCommand
    HandbookCommand parent;

    @Option(names = "--strict", description = "Fail (exit 1) on warnings too, such as an outdated translation.")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "How to print problems: text (default: file:line:col, message, hint), github (workflow"
                    + " annotations for a pull request) or json (one document, each problem with its code).")
    DiagnosticFormat format = DiagnosticFormat.text;

    @Option(names = "--changed-since", paramLabel = "REV",
            description = "Report only the problems of the files changed since the git revision REV (a commit, branch"
                    + " or tag) and those the change causes elsewhere, not what was already wrong: the check for a pull"
                    + " request.")
    String changedSince;

    CheckCommand(Reporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public Integer call() throws Exception {
        GlobalOptions options = parent.global;
        if (changedSince != null) {
            return BuildRunner.runChangedSince(changedSince, options, strict, format, reporter);
        }
        return BuildRunner.run("Checked", BuildRequest.check(options.source), options, strict, format, reporter);
    }
}
