package org.handbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.handbook.link.LinkedHandbook;
import org.handbook.xliff.XliffImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code handbook translations import JOB}: brings a translated XLIFF job back into the chapters, profiles and strings. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Brings a translated XLIFF job back into the language's files.", "",
                "Writes each section of the job into the chapter's translation, creating a chapter not translated"
                        + " yet, and marks each chapter as matching its source in those sections (reviewed when every"
                        + " unit of the job is final); writes each profile text's translation beside its source in"
                        + " countries/, and the interface strings into theme/i18n/. Checks everything first: a job whose source changed since it"
                        + " was exported, or whose codes a tool damaged, is refused with the unit and the reason, and"
                        + " no file is changed.",
                "Exit code 0 when the job is brought back; 1 when it is refused or the handbook cannot be read; 2 when"
                        + " the file cannot be read."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./handbook translations import th-job.xlf",
                "      Brings the Thai translator's work back into chapters/th/."})
final class TranslationsImportCommand implements Callable<Integer> {

    private final Reporter reporter;

    @ParentCommand
    TranslationsCommand parent;

    @Parameters(index = "0", paramLabel = "JOB", description = "The translated job, such as th-job.xlf.")
    Path job;

    TranslationsImportCommand(Reporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public Integer call() throws IOException {
        Path root = parent.parent.global.source;
        if (!BuildRunner.isHandbook(root, reporter)) {
            return ExitCode.USAGE;
        }
        if (!Files.isRegularFile(job)) {
            reporter.problem(job + ": no such file");
            return ExitCode.USAGE;
        }
        Optional<LinkedHandbook> linked = HandbookFiles.linkedWithoutErrors(root, reporter);
        if (linked.isEmpty()) {
            return ExitCode.CONTENT_ERRORS;
        }
        List<XliffImport.Written> written;
        try {
            written = XliffImport.apply(linked.get(), Files.readAllBytes(job));
        } catch (XliffImport.Refused e) {
            reporter.problem(job + ": " + e.getMessage() + "; nothing was changed");
            return ExitCode.CONTENT_ERRORS;
        }
        for (XliffImport.Written chapter : written) {
            reporter.say((chapter.created() ? "created " : "updated ") + chapter.file() + ": "
                    + String.join(", ", chapter.sections()));
        }
        if (written.isEmpty()) {
            reporter.say("the job holds no chapter: nothing to bring back");
        }
        return ExitCode.OK;
    }
}
