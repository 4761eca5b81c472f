package org.handbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.handbook.model.EditionId;
import org.handbook.starter.StarterHandbook;
import org.handbook.starter.StarterOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code handbook init DIR}: a new, minimal handbook that builds with no error and no warning. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Starts a new handbook in DIR, an empty or new folder.", "",
                "Writes handbook.yml (with comments, and a schema line an editor's YAML extension reads), one chapter,"
                        + " one annex, the editor schemas, a workflow that checks every pull request and builds the"
                        + " site, and a README for the handbook's editors. The new handbook builds and checks with no"
                        + " error and no warning."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./handbook init field-guide",
                "      Starts a handbook titled Field guide in the new folder field-guide/.",
                "  ./handbook init . --with-countries",
                "      Starts it in the current (empty) folder, with a country profile to follow."})
final class InitCommand implements Callable<Integer> {

    private final Reporter reporter;
    private final Clock clock;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to start the handbook in; it must be empty or new.")
    Path folder;

    @Option(names = "--title", paramLabel = "TITLE",
            description = "The handbook's title (default: made from the folder's name).")
    String title;

    @Option(names = "--edition", paramLabel = "ID",
            description = "The id of the first edition (default: this year, such as 2026).")
    String edition;

    @Option(names = "--with-countries",
            description = "Also add countries/: the schema country profiles are checked against, and an example profile.")
    boolean withCountries;

    InitCommand(Reporter reporter, Clock clock) {
        this.reporter = reporter;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        if (!StarterHandbook.canStartIn(folder)) {
            reporter.problem(folder + (Files.isDirectory(folder) ? " is not empty" : " is a file, not a folder")
                    + ": a new handbook is started only in an empty or new folder, so that nothing there is overwritten;"
                    + " name a new folder instead");
            return ExitCode.USAGE;
        }
        String chosenTitle = title == null ? titleFrom(folder) : title.strip();
        if (chosenTitle.isEmpty() || chosenTitle.codePoints().anyMatch(Character::isISOControl)) {
            reporter.problem("the title must be one line of text, such as --title \"Field Guide to Cooperation\"");
            return ExitCode.USAGE;
        }
        String chosenEdition = edition == null ? String.valueOf(LocalDate.now(clock).getYear()) : edition;
        if (!EditionId.isWellFormed(chosenEdition)) {
            reporter.problem("'" + chosenEdition + "' is not an edition id: use lower-case letters, digits, '.', '-' or"
                    + " '_', such as 2026");
            return ExitCode.USAGE;
        }
        List<Path> written = StarterHandbook.write(folder,
                new StarterOptions(chosenTitle, chosenEdition, VersionProvider.version(), withCountries));
        reporter.say("Started the handbook \"" + chosenTitle + "\" in " + folder + " (" + written.size() + " files):");
        written.forEach(file -> reporter.say("  " + file.toString().replace('\\', '/')));
        reporter.say("Next: go into " + folder + " and run the tool's serve command there (java -jar handbook.jar serve)"
                + " for a preview at http://127.0.0.1:8000/ that rebuilds on every save; README.md tells the editors the rest.");
        return ExitCode.OK;
    }

    /** "field-guide" gives "Field guide": the folder's name, its hyphens and underscores as spaces. */
    static String titleFrom(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        String words = name == null ? "" : name.toString().replace('-', ' ').replace('_', ' ').strip();
        if (words.isEmpty()) {
            return "Handbook";
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
