package org.handbook.xliff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Replacements of parts of a text that do not overlap, made from the last one up so that each keeps its place. */
final class Edits {

    private record Edit(int start, int end, String text) {
    }

    private final String text;
    private final List<Edit> edits = new ArrayList<>();

    Edits(String text) {
        this.text = text;
    }

    void replace(int start, int end, String replacement) {
        edits.add(new Edit(start, end, replacement));
    }

    String applied() {
        StringBuilder result = new StringBuilder(text);
        List<Edit> fromTheEnd = new ArrayList<>(edits);
        fromTheEnd.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end).reversed());
        for (Edit edit : fromTheEnd) {
            result.replace(edit.start(), edit.end(), edit.text());
        }
        return result.toString();
    }
}
