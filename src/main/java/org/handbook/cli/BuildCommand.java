package org.handbook.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.handbook.BuildRequest;
import org.handbook.config.HandbookConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code handbook build}: renders the site, publishing it only when there is no error. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Renders the handbook into a static site (default: target/site, or output.dir in handbook.yml).",
                "A build with errors publishes nothing: the previous output stays as it was."})
final class BuildCommand implements Callable<Integer> {

    private final Reporter reporter;

    @ParentCommand
    HandbookCommand parent;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the site into DIR instead.")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The address the site is published at, instead of baseUrl in handbook.yml.")
    String baseUrl;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "How to print problems: text (default), github (workflow annotations) or json.")
    DiagnosticFormat format = DiagnosticFormat.text;

    @Spec
    CommandSpec spec;

    /** {@code SOURCE_DATE_EPOCH} (seconds since 1970, as reproducible-build tools set it), as a UTC date. */
    private Optional<LocalDate> sourceDate() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return Optional.empty();
        }
        if (!epoch.strip().matches("[0-9]{1,12}")) {
            throw new ParameterException(spec.commandLine(), "SOURCE_DATE_EPOCH must be whole seconds since 1970"
                    + " (found '" + epoch + "')");
        }
        return Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch.strip())), ZoneOffset.UTC));
    }

    BuildCommand(Reporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public Integer call() throws Exception {
        GlobalOptions options = parent.global;
        if (baseUrl != null && !HandbookConfig.isSiteAddress(baseUrl)) {
            throw new ParameterException(spec.commandLine(), "--base-url must be a site's address such as "
                    + "https://handbook.example.org/ (found '" + baseUrl + "')");
        }
        return BuildRunner.run("Built", BuildRequest.build(options.source, Optional.ofNullable(out))
                .withBaseUrl(Optional.ofNullable(baseUrl)).withSourceDate(sourceDate()), options, false, format, reporter);
    }
}
