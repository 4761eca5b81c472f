package org.handbook.yaml;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word an editor most likely meant, for "did you mean" hints. */
public final class Spelling {

    private Spelling() {
    }

    /** Nothing so long is a slip of the keyboard, and comparing it with every known word costs its length squared. */
    private static final int LONGEST = 200;

    /**
     * For a name made of words ("dual-criminality"), the shortest known name that holds all its
     * words ("extraditable-offences-and-dual-criminality"), as an anchor written from memory is
     * often a heading's shortened; else the known word within a few slips of {@code typed}.
     */
    public static Optional<String> nearest(String typed, Collection<String> known) {
        if (typed.length() > LONGEST) {
            return Optional.empty();
        }
        int allowed = Math.max(1, typed.length() / 3);
        return holdingAllWords(typed, known).or(() -> known.stream()
                .filter(candidate -> Math.abs(candidate.length() - typed.length()) <= allowed)
                .filter(candidate -> distance(typed, candidate) <= allowed)
                .min(Comparator.comparingInt((String candidate) -> distance(typed, candidate))
                        .thenComparing(Comparator.naturalOrder())));
    }

    /** The known words, the closest to {@code typed} first, each once. */
    public static List<String> byCloseness(String typed, Collection<String> known) {
        String bounded = typed.length() > LONGEST ? typed.substring(0, LONGEST) : typed;
        return known.stream().distinct()
                .sorted(Comparator.comparingInt((String candidate) -> distance(bounded,
                                candidate.length() > LONGEST ? candidate.substring(0, LONGEST) : candidate))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static Optional<String> holdingAllWords(String typed, Collection<String> known) {
        List<String> words = words(typed);
        if (words.isEmpty() || typed.length() < 4) {
            return Optional.empty();
        }
        return known.stream()
                .filter(candidate -> !candidate.equals(typed) && new HashSet<>(words(candidate)).containsAll(words))
                .min(Comparator.comparingInt((String candidate) -> words(candidate).size())
                        .thenComparing(Comparator.naturalOrder()));
    }

    private static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[-_ .]+")).filter(word -> !word.isEmpty()).toList();
    }

    /** Edit distance counting a swap of two neighbouring letters as one edit ("titel" is one from "title"). */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
