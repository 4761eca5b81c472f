package org.handbook.cli;

import java.io.PrintWriter;
import org.handbook.render.Progress;

/** Progress for logs (CI): one plain line per stage, and only when asked to be verbose. */
final class LogProgress implements Progress {

    private final PrintWriter err;
    private final boolean verbose;
    private String stage = "";
    private long total;

    LogProgress(PrintWriter err, boolean verbose) {
        this.err = err;
        this.verbose = verbose;
    }

    @Override
    public void started(String stageName, long stageTotal) {
        stage = stageName;
        total = stageTotal;
        if (verbose) {
            err.println(stage + ": " + total + " pages");
        }
    }

    @Override
    public void advanced(long done) {
    }

    @Override
    public void finished() {
        if (verbose) {
            err.println(stage + ": done");
        }
    }
}
