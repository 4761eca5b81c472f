package org.handbook.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point of {@code handbook.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = HandbookCommand.run(args, out, err, Terminal.detect());
        out.flush();
        err.flush();
        System.exit(code);
    }
}
