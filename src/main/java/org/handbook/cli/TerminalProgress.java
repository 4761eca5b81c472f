package org.handbook.cli;

import java.io.PrintWriter;
import org.handbook.model.Progress;

/**
 * Redraws one status line in place, at most ten times a second: the stage, how many of its items
 * are done ("pdf 3/8 books"), and the last one finished ("th/2026: 173 pages in 10.27 s").
 */
final class TerminalProgress implements Progress {

    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private String stage = "";
    private String unit = "";
    private long total;
    private long done;
    private String last = "";
    private long lastDraw;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void started(String stageName, long stageTotal, String stageUnit) {
        stage = stageName;
        total = stageTotal;
        unit = stageUnit;
        done = 0;
        last = "";
        lastDraw = 0;
        if (total > 0) {
            draw();
        }
    }

    @Override
    public synchronized void advanced(long count) {
        done = count;
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS || done == total) {
            lastDraw = now;
            draw();
        }
    }

    @Override
    public synchronized void detail(String line) {
        last = line;
    }

    @Override
    public synchronized void finished() {
        err.print("\r\033[K");
        err.flush();
    }

    private void draw() {
        err.print("\r\033[K" + stage + " " + done + "/" + total + " " + unit + (last.isEmpty() ? "" : " · " + last));
        err.flush();
    }
}
