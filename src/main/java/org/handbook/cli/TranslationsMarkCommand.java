package org.handbook.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.handbook.Handbook;
import org.handbook.LinkResult;
import org.handbook.model.Progress;
import org.handbook.parse.SourceFingerprint;
import org.handbook.translations.TranslationMarker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code handbook translations mark FILE...}: records that translations now match their sources. */
@Command(name = "mark", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Records that translated chapters now match their sources.", "",
                "Writes into each chapter's front matter the version of its source it now matches, so that later"
                        + " changes to the source show it as outdated. Run it after bringing a translation up to date;"
                        + " 'reviewed:' and the rest of the file are kept."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./handbook translations mark chapters/th/01-about.md",
                "      Records that the Thai chapter 01-about.md now matches its source."})
final class TranslationsMarkCommand implements Callable<Integer> {

    private final Reporter reporter;

    @ParentCommand
    TranslationsCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Translated chapters, such as chapters/th/01-about.md.")
    List<Path> files;

    TranslationsMarkCommand(Reporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public Integer call() throws IOException {
        Path root = parent.parent.global.source;
        if (!BuildRunner.isHandbook(root, reporter)) {
            return ExitCode.USAGE;
        }
        LinkResult result = Handbook.link(root, Progress.NONE);
        reporter.diagnostics(result.diagnostics(), true);
        if (result.handbook().isEmpty()) {
            return ExitCode.CONTENT_ERRORS;
        }
        int exit = ExitCode.OK;
        TranslationMarker marker = TranslationMarker.of(result.handbook().get());
        for (Path file : files) {
            Path relative = HandbookFiles.relativeToRoot(root, file);
            try {
                SourceFingerprint fingerprint = marker.mark(relative);
                reporter.say("marked " + slashes(relative) + ": matches its source as of " + fingerprint.page());
            } catch (TranslationMarker.NotATranslation e) {
                reporter.problem(e.getMessage());
                exit = ExitCode.USAGE;
            }
        }
        return exit;
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
