package org.handbook.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.handbook.config.ConfigLoader;
import org.handbook.config.HandbookConfig;
import org.handbook.editions.EditionFreezer;
import org.handbook.model.Diagnostics;
import org.handbook.model.EditionId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code handbook edition freeze ID}: copies chapters/, countries/ and images/ into editions/ID/. */
@Command(name = "freeze", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Freezes an edition into editions/ID/ before it is published.", "",
                "Copies chapters/, countries/ and images/ as they are now into editions/ID/, the frozen snapshot a"
                        + " published edition is built from. Then set the edition's status to published in"
                        + " handbook.yml, and declare the next edition as current."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./handbook edition freeze 2026",
                "      Freezes the 2026 edition into editions/2026/, and says what to do next."})
final class EditionFreezeCommand implements Callable<Integer> {

    private final Reporter reporter;

    @ParentCommand
    EditionCommand parent;

    @Parameters(index = "0", paramLabel = "ID", description = "The edition's id, as declared in handbook.yml.")
    String id;

    EditionFreezeCommand(Reporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public Integer call() throws IOException {
        Path root = parent.parent.global.source;
        if (!BuildRunner.isHandbook(root, reporter)) {
            return ExitCode.USAGE;
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<HandbookConfig> config = ConfigLoader.load(root, diagnostics);
        reporter.diagnostics(diagnostics.sorted(), true);
        if (config.isEmpty()) {
            return ExitCode.CONTENT_ERRORS;
        }
        if (!EditionId.isWellFormed(id)) {
            reporter.problem("'" + id + "' is not an edition id");
            return ExitCode.USAGE;
        }
        try {
            EditionFreezer.Frozen frozen = EditionFreezer.freeze(config.get(), new EditionId(id));
            reporter.say("froze edition " + id + " into " + frozen.folder().toString().replace('\\', '/') + "/ ("
                    + frozen.files() + " files). Now set its status to published in " + HandbookConfig.FILE_NAME
                    + ", and declare the next edition with status: current.");
            return ExitCode.OK;
        } catch (EditionFreezer.CannotFreeze e) {
            reporter.problem(e.getMessage());
            return ExitCode.USAGE;
        }
    }
}
