package org.handbook.cli;

import java.io.PrintWriter;
import org.handbook.model.Progress;

/** Redraws one status line in place, at most ten times a second. */
final class TerminalProgress implements Progress {

    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private String stage = "";
    private long total;
    private long lastDraw;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void started(String stageName, long stageTotal, String unit) {
        stage = stageName;
        total = stageTotal;
        lastDraw = 0;
    }

    @Override
    public synchronized void advanced(long done) {
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS || done == total) {
            lastDraw = now;
            err.print("\r" + stage + " " + done + "/" + total);
            err.flush();
        }
    }

    @Override
    public synchronized void finished() {
        err.print("\r\033[K");
        err.flush();
    }
}
