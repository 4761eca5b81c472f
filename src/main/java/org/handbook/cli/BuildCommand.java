package org.handbook.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.handbook.BuildRequest;
import org.handbook.config.HandbookConfig;
import org.handbook.model.BookId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code handbook build}: renders the site, publishing it only when there is no error. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Renders the handbook into a static site, with its print PDFs.", "",
                "The site goes into target/site, or output.dir in handbook.yml. A build with errors publishes nothing:"
                        + " the previous output stays as it was."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./handbook build --base-url https://handbook.example.org/",
                "      Builds the site to be published at that address.",
                "  ./handbook build --only en/2026 --out shards/en-2026",
                "      Builds the English 2026 book alone, a shard for ./handbook merge."})
final class BuildCommand implements Callable<Integer> {

    private final Reporter reporter;

    @ParentCommand
    HandbookCommand parent;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the site into DIR instead.")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The address the site is published at, instead of baseUrl in handbook.yml.")
    String baseUrl;

    @Option(names = "--only", paramLabel = "LANG/EDITION",
            description = "Build only this book (repeatable), with the files the whole site shares: a shard that"
                    + " ./handbook merge joins to the others, as CI's jobs build them.")
    List<String> only = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "How to print problems: text (default), github (workflow annotations) or json.")
    DiagnosticFormat format = DiagnosticFormat.text;

    @Spec
    CommandSpec spec;

    BuildCommand(Reporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public Integer call() throws Exception {
        GlobalOptions options = parent.global;
        if (baseUrl != null && !HandbookConfig.isSiteAddress(baseUrl)) {
            throw new ParameterException(spec.commandLine(), "--base-url must be a site's address such as "
                    + "https://handbook.example.org/ (" + HandbookConfig.unseenCharacter(baseUrl)
                    .map(character -> "it holds " + character)
                    .orElse("found '" + baseUrl + "'") + ")");
        }
        Set<BookId> books = new LinkedHashSet<>();
        for (String book : only) {
            books.add(BookId.parse(book).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--only takes a book as LANG/EDITION, such as en/2026 (found '" + TerminalText.line(book) + "')")));
        }
        Optional<LocalDate> sourceDate;
        try {
            sourceDate = SourceDateEpoch.parse(System.getenv(SourceDateEpoch.NAME));
        } catch (IllegalArgumentException e) {
            reporter.problem(e.getMessage());
            return ExitCode.USAGE;
        }
        return BuildRunner.run("Built", BuildRequest.build(options.source, Optional.ofNullable(out))
                .withBaseUrl(Optional.ofNullable(baseUrl)).withSourceDate(sourceDate).only(books),
                options, false, format, reporter);
    }
}
