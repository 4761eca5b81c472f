package org.handbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.handbook.link.LinkedHandbook;
import org.handbook.model.LanguageTag;
import org.handbook.xliff.XliffExport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code handbook translations export LANG}: an XLIFF job of what a language needs translated. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes an XLIFF job of what a language needs translated.", "",
                "The job is XLIFF 2.1, which translators' own tools read. By default it holds the sections of each outdated chapter that changed since it was translated,"
                        + " every missing chapter of the current edition, the country profiles' texts and the interface strings the language lacks: one unit"
                        + " per paragraph, heading, list item, table cell, footnote, caption, profile note or law title, with the translation there is now as its target where it lines"
                        + " up, its place in a note, and the glossary's terms it uses. Links, cross-references, marks,"
                        + " code and emphasis markers are codes a translator's tool keeps intact.",
                "Exit code 0 when the job is written; 1 when the handbook cannot be read; 2 for a wrong language,"
                        + " chapter or option."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./handbook translations export th --out th-job.xlf",
                "      The changed sections and missing chapters of the Thai translation.",
                "  ./handbook translations export vi chapters/en/06-extradition.md --out vi.xlf",
                "      One chapter, whole, with its Vietnamese translation as the targets."})
final class TranslationsExportCommand implements Callable<Integer> {

    private final Reporter reporter;

    @ParentCommand
    TranslationsCommand parent;

    @Parameters(index = "0", paramLabel = "LANG", description = "The language to translate into, such as th.")
    String language;

    @Parameters(index = "1..*", paramLabel = "FILE",
            description = "Chapters of the default language or country profiles (countries/TH.yml) to export whole, or the"
                    + " interface strings, theme/i18n/en.yml.")
    List<Path> files = List.of();

    @ArgGroup(exclusive = true)
    Only only;

    static final class Only {
        @Option(names = "--changed", description = "Only the changed sections of outdated chapters.")
        boolean changed;

        @Option(names = "--missing", description = "Only the chapters, profile texts and interface strings not translated yet.")
        boolean missing;
    }

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the job, such as th-job.xlf.")
    Path out;

    TranslationsExportCommand(Reporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public Integer call() throws IOException {
        Path root = parent.parent.global.source;
        if (!BuildRunner.isHandbook(root, reporter)) {
            return ExitCode.USAGE;
        }
        if (only != null && !files.isEmpty()) {
            reporter.problem("name chapters, or choose --changed or --missing, not both");
            return ExitCode.USAGE;
        }
        Optional<LinkedHandbook> linked = HandbookFiles.linkedWithoutErrors(root, reporter);
        if (linked.isEmpty()) {
            return ExitCode.CONTENT_ERRORS;
        }
        XliffExport.Selection selection = !files.isEmpty() ? XliffExport.Selection.NAMED
                : only == null ? XliffExport.Selection.NEEDED
                : only.changed ? XliffExport.Selection.CHANGED : XliffExport.Selection.MISSING;
        XliffExport.Job job;
        try {
            job = XliffExport.export(linked.get(), new LanguageTag(language), selection,
                    files.stream().map(file -> HandbookFiles.relativeToRoot(root, file)).toList());
        } catch (XliffExport.NotInHandbook e) {
            reporter.problem(e.getMessage());
            return ExitCode.USAGE;
        }
        // Written beside the target and moved into place: a job half written is never left for a translator.
        Path target = out.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.write(partial, job.xliff());
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        reporter.say("wrote " + out + ": " + (job.units() == 0 ? "nothing needs translating" : job.units() + " units from "
                + contents(job)));
        return ExitCode.OK;
    }

    /** "18 chapters, 10 country profiles and 12 interface strings", naming only what the job holds. */
    private static String contents(XliffExport.Job job) {
        List<String> parts = new java.util.ArrayList<>();
        if (job.chapters() > 0) {
            parts.add(job.chapters() + (job.chapters() == 1 ? " chapter" : " chapters"));
        }
        if (job.profiles() > 0) {
            parts.add(job.profiles() + (job.profiles() == 1 ? " country profile" : " country profiles"));
        }
        if (job.strings() > 0) {
            parts.add(job.strings() + (job.strings() == 1 ? " interface string" : " interface strings"));
        }
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
