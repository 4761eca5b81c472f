package org.handbook.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code handbook}: the top command, which only dispatches to its subcommands. */
@Command(name = "handbook",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Builds a multilingual, versioned handbook site from Markdown chapters and structured data.", "",
                "Run ./handbook help COMMAND, or ./handbook COMMAND --help, for a command's options and examples."},
        subcommands = {InitCommand.class, BuildCommand.class, ServeCommand.class, CheckCommand.class, TranslationsCommand.class, EditionCommand.class,
                DiffCommand.class, ReviewCommand.class, MergeCommand.class, LinksCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes: 0 success, 1 content errors, 2 usage errors, 3 internal error.%n%nExamples:%n",
        footer = {"  ./handbook check",
                "      Checks the handbook in the current folder, and writes nothing.",
                "  ./handbook build --out public",
                "      Builds the site into public/ instead of target/site."})
final class HandbookCommand implements Runnable {

    /**
     * The width of the help, whatever the terminal's: wrapped for 80 columns (picocli fills 79), the same in every
     * terminal and test. Only picocli's system property picocli.usage.width chooses another.
     */
    static final int HELP_WIDTH = 80;

    @Mixin
    GlobalOptions global;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: init, build, serve, check, translations, edition, diff, review, merge or links");
    }

    /**
     * The command line with every command, printing to {@code out} and {@code err}. Each command's help has the same
     * layout, 80 columns wide whatever the terminal: the summary, what it does in whole sentences, its parameters and
     * options, its subcommands, then examples.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Terminal terminal) {
        CommandLine commandLine = new CommandLine(new HandbookCommand(), new CommandFactory(out, err, terminal));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new InternalErrorHandler(err));
        commandLine.getSubcommands().get("help").getCommandSpec().usageMessage()
                .footerHeading("%nExamples:%n")
                .footer("  ./handbook help serve", "      Prints the help of serve, as ./handbook serve --help does.");
        layOut(commandLine);
        commandLine.setUsageHelpAutoWidth(false);
        commandLine.setUsageHelpWidth(HELP_WIDTH);
        return commandLine;
    }

    /** A blank line and a heading before each section; picocli's own help command keeps the layout it has. */
    private static void layOut(CommandLine commandLine) {
        if (!commandLine.getCommandSpec().helpCommand()) {
            commandLine.getCommandSpec().usageMessage()
                    .descriptionHeading("%n")
                    .parameterListHeading("%nParameters:%n")
                    .optionListHeading("%nOptions:%n")
                    .commandListHeading("%nCommands:%n");
        }
        commandLine.getSubcommands().values().forEach(HandbookCommand::layOut);
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, Terminal terminal) {
        CommandLine commandLine = commandLine(out, err, terminal);
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // Not a bug: a handbook too large for the memory this JVM was given. Say how to give it more.
            err.println("handbook: the build needs more memory than the " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MiB this run may use; run it again with more, for example HANDBOOK_JAVA_OPTS=-Xmx4g ./handbook "
                    + String.join(" ", java.util.Arrays.stream(args).map(TerminalText::line).toList()));
            err.flush();
            return ExitCode.USAGE;
        } catch (VirtualMachineError e) {
            // picocli hands on only Exceptions; running out of stack still gets one line.
            err.println("handbook: internal error: " + TerminalText.line(String.valueOf(e)) + ". This is a bug in handbook: report it with the input"
                    + " that caused it.");
            err.flush();
            return ExitCode.INTERNAL;
        }
    }
}
