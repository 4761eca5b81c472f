package org.handbook.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Our own bugs: one line naming the failure, the stack trace only with --verbose. */
record InternalErrorHandler(PrintWriter err) implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        err.println("handbook: internal error: " + TerminalText.line(exception.getClass().getName()
                + (exception.getMessage() == null ? "" : ": " + exception.getMessage())));
        if (isVerbose(parseResult)) {
            err.print(TerminalText.stackTrace(exception));
        } else {
            err.println("This is a bug in handbook, not in your handbook. Run again with --verbose for the stack trace"
                    + " and report it.");
        }
        err.flush();
        return ExitCode.INTERNAL;
    }

    private static boolean isVerbose(ParseResult parseResult) {
        for (ParseResult current = parseResult; current != null; current = current.subcommand()) {
            if (current.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
