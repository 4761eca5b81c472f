package org.handbook.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.handbook.model.Progress;

/**
 * Progress for logs (CI): a plain line when a long stage starts and ends; every stage when verbose.
 */
final class LogProgress implements Progress {

    /** Stages over fewer items than this finish too soon to be worth a line. */
    static final long LONG_STAGE = 500;

    private final PrintWriter err;
    private final boolean verbose;
    private String stage = "";
    private long total;
    private long startNanos;

    LogProgress(PrintWriter err, boolean verbose) {
        this.err = err;
        this.verbose = verbose;
    }

    @Override
    public void started(String stageName, long stageTotal) {
        stage = stageName;
        total = stageTotal;
        startNanos = System.nanoTime();
        if (shown()) {
            err.println(stage + ": " + total + " pages...");
            err.flush();
        }
    }

    @Override
    public void advanced(long done) {
    }

    @Override
    public void finished() {
        if (shown()) {
            err.printf(Locale.ROOT, "%s: done in %.2f s%n", stage, (System.nanoTime() - startNanos) / 1e9);
            err.flush();
        }
    }

    private boolean shown() {
        return verbose || total >= LONG_STAGE;
    }
}
