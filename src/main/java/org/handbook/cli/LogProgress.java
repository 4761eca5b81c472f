package org.handbook.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import org.handbook.model.Progress;

/**
 * Progress for logs (CI): a plain line when a long stage starts and ends (the PDFs, the printer's
 * files and the search index, which take most of a build, and any stage over many pages); every
 * stage, and each book's time, when verbose.
 */
final class LogProgress implements Progress {

    /** Stages over fewer items than this finish too soon to be worth a line. */
    static final long LONG_STAGE = 500;

    /** The stages that take most of a build, however few their items. */
    private static final Set<String> SLOW = Set.of("pdf", "press", "search");

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
    public void started(String stageName, long stageTotal, String unit) {
        stage = stageName;
        total = stageTotal;
        startNanos = System.nanoTime();
        if (shown()) {
            err.println(stage + (total > 0 ? ": " + total + " " + unit + "..." : "..."));
            err.flush();
        }
    }

    @Override
    public void detail(String line) {
        if (verbose) {
            err.println(stage + ": " + line);
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
        return verbose || total >= LONG_STAGE || SLOW.contains(stage);
    }
}
