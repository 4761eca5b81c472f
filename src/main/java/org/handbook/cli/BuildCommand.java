package org.handbook.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.handbook.BuildRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

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

    BuildCommand(Reporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public Integer call() throws Exception {
        GlobalOptions options = parent.global;
        return BuildRunner.run("Built", BuildRequest.build(options.source, Optional.ofNullable(out)), options, reporter);
    }
}
