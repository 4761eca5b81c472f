package org.handbook;

import java.util.Locale;
import org.handbook.model.Progress;

/**
 * A build's progress printed by a long test, one line as each stage starts and ends, so that the
 * suite's output says what the test is doing while it runs for a minute or more.
 */
public final class PrintedProgress implements Progress {

    private final String test;
    private String stage = "";
    private long start;

    public PrintedProgress(String test) {
        this.test = test;
    }

    @Override
    public synchronized void started(String stageName, long total, String unit) {
        stage = stageName;
        start = System.nanoTime();
        System.out.println("[" + test + "] " + stage + (total > 0 ? ": " + total + " " + unit + "..." : "..."));
    }

    @Override
    public void advanced(long done) {
    }

    @Override
    public synchronized void finished() {
        System.out.printf(Locale.ROOT, "[%s] %s: done in %.1f s%n", test, stage, (System.nanoTime() - start) / 1e9);
    }
}
