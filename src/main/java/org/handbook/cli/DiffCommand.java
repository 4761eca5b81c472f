package org.handbook.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.handbook.Handbook;
import org.handbook.LinkResult;
import org.handbook.changes.ChangesReport;
import org.handbook.changes.EditionComparison;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedHandbook;
import org.handbook.model.EditionId;
import org.handbook.model.LanguageTag;
import org.handbook.model.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code handbook diff FROM TO}: what changed between two editions, as the changes page shows it. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Prints what changed from one edition to another.", "",
                "Lists the chapters added, removed and changed, the renumbered paragraphs and the changed country"
                        + " facts, as the site's changes page shows them.",
                "Exit code 0; 2 for an unknown edition or language."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./handbook diff 2010 2026",
                "      Prints the changes from 2010 to 2026 in the default language's books.",
                "  ./handbook diff 2010 2026 --language th",
                "      Prints the same for the Thai books."})
final class DiffCommand implements Callable<Integer> {

    enum Format { text, json }

    private final Reporter reporter;

    @ParentCommand
    HandbookCommand parent;

    @Parameters(index = "0", paramLabel = "FROM", description = "The earlier edition's id.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "The later edition's id.")
    String to;

    @Option(names = "--language", paramLabel = "TAG", description = "Compare this language's books (default: the default language).")
    String language;

    @Option(names = "--format", paramLabel = "FORMAT", description = "How to print the changes: text (default) or json.")
    Format format = Format.text;

    DiffCommand(Reporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public Integer call() {
        if (!BuildRunner.isHandbook(parent.global.source, reporter)) {
            return ExitCode.USAGE;
        }
        LinkResult result = Handbook.link(parent.global.source, Progress.NONE);
        reporter.diagnostics(result.diagnostics(), true);
        if (result.handbook().isEmpty()) {
            return ExitCode.CONTENT_ERRORS;
        }
        LinkedHandbook handbook = result.handbook().get();
        LanguageTag tag = language == null ? handbook.config().defaultLanguage().tag()
                : LanguageTag.parse(language).orElse(handbook.config().defaultLanguage().tag());
        Optional<LinkedBook> before = book(handbook, tag, from);
        Optional<LinkedBook> after = book(handbook, tag, to);
        if (before.isEmpty() || after.isEmpty()) {
            reporter.problem("no book for " + (before.isEmpty() ? from : to) + " in " + tag + "; editions built: "
                    + String.join(", ", handbook.books().stream().filter(book -> book.language().tag().equals(tag))
                            .map(book -> book.edition().id().value()).toList()));
            return ExitCode.USAGE;
        }
        ChangesReport report = ChangesReport.of(EditionComparison.between(before.get(), after.get()));
        if (format == Format.json) {
            reporter.json(report);
        } else {
            reporter.redline(report.text(TerminalText::line));
        }
        return ExitCode.OK;
    }

    private static Optional<LinkedBook> book(LinkedHandbook handbook, LanguageTag language, String edition) {
        return EditionId.isWellFormed(edition) ? handbook.book(language, new EditionId(edition)) : Optional.empty();
    }
}
