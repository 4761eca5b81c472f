package org.handbook.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code handbook}: the top command, which only dispatches to its subcommands. */
@Command(name = "handbook",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds a multilingual, versioned handbook site from Markdown chapters and structured data.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, TranslationsCommand.class, EditionCommand.class,
                DiffCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 content errors, 2 usage errors, 3 internal error."})
final class HandbookCommand implements Runnable {

    @Mixin
    GlobalOptions global;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, serve, check, translations, edition or diff");
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, Terminal terminal) {
        CommandLine commandLine = new CommandLine(new HandbookCommand(), new CommandFactory(out, err, terminal));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new InternalErrorHandler(err));
        try {
            return commandLine.execute(args);
        } catch (VirtualMachineError e) {
            // picocli hands on only Exceptions; running out of memory or stack still gets one line.
            err.println("handbook: internal error: " + TerminalText.line(String.valueOf(e)) + ". This is a bug in handbook: report it with the input"
                    + " that caused it (HANDBOOK_JAVA_OPTS=-Xmx2g gives a very large handbook more memory).");
            err.flush();
            return ExitCode.INTERNAL;
        }
    }
}
