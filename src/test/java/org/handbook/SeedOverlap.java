package org.handbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs of eight words the handbook shares with its seed, the 2009 workshop report. The report's
 * text is not kept in the repository: {@code seed-shingles.txt} holds a short hash of each run of
 * eight words in it (lower-cased, words of letters and digits), made by {@link #main} from a copy
 * of the report, so that a test can find sentences taken from it without the report at hand.
 */
final class SeedOverlap {

    static final int WORDS = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private SeedOverlap() {
    }

    /** Writes the hashes of the text file {@code args[0]} to {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        Set<String> hashes = new TreeSet<>();
        runs(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)).forEach(run -> hashes.add(hash(run)));
        List<String> lines = new ArrayList<>();
        lines.add("# Hashes of each run of " + WORDS + " words of the 2009 workshop report (see SeedOverlap).");
        lines.addAll(hashes);
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    }

    /** The runs of {@code text} whose hash is among {@code seed}'s. */
    static Set<String> shared(String text, Set<String> seed) {
        Set<String> shared = new TreeSet<>();
        for (String run : runs(text)) {
            if (seed.contains(hash(run))) {
                shared.add(run);
            }
        }
        return shared;
    }

    static Set<String> seedHashes() throws IOException {
        Set<String> hashes = new TreeSet<>();
        for (String line : Files.readAllLines(Golden.repositoryRoot().resolve("src/test/resources/seed-shingles.txt"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                hashes.add(line.strip());
            }
        }
        return hashes;
    }

    /** The words of {@code text}, lower-cased and joined by single spaces, as runs are written. */
    static String normalized(String text) {
        return String.join(" ", words(text));
    }

    /** Every run of {@link #WORDS} consecutive words, lower-cased and joined by single spaces. */
    static List<String> runs(String text) {
        List<String> words = words(text);
        List<String> runs = new ArrayList<>();
        for (int i = 0; i + WORDS <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + WORDS)));
        }
        return runs;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    private static String hash(String run) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
