package org.handbook.cli;

import java.util.concurrent.Callable;
import org.handbook.Handbook;
import org.handbook.LinkResult;
import org.handbook.model.Progress;
import org.handbook.translations.TranslationReport;
import org.handbook.translations.TranslationReportText;
import org.handbook.translations.TranslationReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code handbook translations}: how far each language's translation has come. */
@Command(name = "translations", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {TranslationsMarkCommand.class, TranslationsExportCommand.class, TranslationsImportCommand.class},
        description = {"Shows how far each language's translation has come.", "",
                "Prints, per language and edition, how many chapters are translated and current, outdated (their"
                        + " source changed since), unmarked (no record of their source's version) or missing, then"
                        + " the chapters to work on.",
                "Exit code 0 whatever the status; 1 when the handbook cannot be read."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./handbook translations",
                "      Prints the table, and the chapters to translate or bring up to date.",
                "  ./handbook translations --format json",
                "      Prints the same as one JSON document, for a script to read."})
final class TranslationsCommand implements Callable<Integer> {

    enum Format { text, json }

    private final Reporter reporter;

    @ParentCommand
    HandbookCommand parent;

    @Option(names = "--format", paramLabel = "FORMAT", description = "How to print the status: text (default) or json.")
    Format format = Format.text;

    TranslationsCommand(Reporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public Integer call() {
        GlobalOptions options = parent.global;
        if (!BuildRunner.isHandbook(options.source, reporter)) {
            return ExitCode.USAGE;
        }
        LinkResult result = Handbook.link(options.source, Progress.NONE);
        reporter.diagnostics(result.diagnostics(), true);
        if (result.handbook().isEmpty()) {
            return ExitCode.CONTENT_ERRORS;
        }
        TranslationReport report = TranslationReports.of(result.handbook().get());
        if (format == Format.json) {
            reporter.json(report);
        } else {
            reporter.report(TranslationReportText.format(report, TerminalText::line));
        }
        return ExitCode.OK;
    }
}
