package org.handbook.yaml;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the known word an editor most likely meant, for "did you mean" hints. */
public final class Spelling {

    private Spelling() {
    }

    public static Optional<String> nearest(String typed, Collection<String> known) {
        int allowed = Math.max(1, typed.length() / 3);
        return known.stream()
                .filter(candidate -> distance(typed, candidate) <= allowed)
                .min(Comparator.comparingInt((String candidate) -> distance(typed, candidate))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
