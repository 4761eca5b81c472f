package org.handbook.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one build. Stages add to it and carry on as far as is safe, so one
 * run reports every problem; safe to share between threads.
 */
public final class Diagnostics {

    private final List<Diagnostic> collected = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        collected.add(diagnostic);
    }

    public void error(SourcePosition position, String code, String message, String hint) {
        add(Diagnostic.error(position, code, message, hint));
    }

    public void warning(SourcePosition position, String code, String message, String hint) {
        add(Diagnostic.warning(position, code, message, hint));
    }

    public synchronized boolean hasErrors() {
        return collected.stream().anyMatch(Diagnostic::isError);
    }

    /** Everything collected so far, in reading order and without repeats. */
    public synchronized List<Diagnostic> sorted() {
        return collected.stream().distinct().sorted(Diagnostic.READING_ORDER).toList();
    }
}
