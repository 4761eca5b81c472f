package org.handbook.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * The command line as a library: what {@code java -jar handbook.jar ARGS} does, run in this process and printing to
 * the given writers, with its exit code returned rather than ending the process. The Maven plugin runs the tool so.
 */
public final class Cli {

    private Cli() {
    }

    /** Runs the command {@code args} names, without colour, and returns its exit code (0, 1, 2 or 3, as documented). */
    public static int run(List<String> args, PrintWriter out, PrintWriter err) {
        int code = HandbookCommand.run(args.toArray(String[]::new), out, err, new Terminal(false));
        out.flush();
        err.flush();
        return code;
    }
}
