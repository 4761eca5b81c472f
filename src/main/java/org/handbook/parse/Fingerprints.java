package org.handbook.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbook.load.SourcePage;

/**
 * Fingerprints a chapter and its sections: the first 12 hex digits of the SHA-256 of the text,
 * with trailing spaces and surrounding blank lines ignored, so that re-wrapping whitespace at the
 * end of a line does not make every translation outdated, nor does marking an authority. A section
 * runs from its heading to the next heading of any level.
 */
final class Fingerprints {

    private static final int LENGTH = 12;

    private Fingerprints() {
    }

    static SourceFingerprint of(SourcePage page, List<Heading> headings) {
        MessageDigest digest = sha256();
        String[] lines = page.body().split("\n", -1);
        Map<String, String> sections = new LinkedHashMap<>();
        int start = 0;
        String key = SourceFingerprint.INTRO;
        for (Heading heading : headings) {
            int line = heading.position().line() - page.bodyFirstLine();
            if (line < start || line >= lines.length) {
                continue;
            }
            sections.put(key, hash(digest, lines, start, line));
            key = heading.id().value();
            start = line;
        }
        sections.put(key, hash(digest, lines, start, lines.length));
        String whole = hash(digest, new String[] {page.frontMatter().titleMarkdown(), page.frontMatter().description()}, 0, 2)
                + String.join("", sections.values());
        return new SourceFingerprint(hash(digest, new String[] {whole}, 0, 1), sections);
    }

    /**
     * The fingerprint of lines {@code from} to {@code to}: trailing spaces of each line and blank lines
     * around them left out, the first line's leading spaces too, lines joined by line ends.
     */
    private static String hash(MessageDigest digest, String[] lines, int from, int to) {
        int first = from;
        int last = to;
        while (first < last && lines[first].isBlank()) {
            first++;
        }
        while (last > first && lines[last - 1].isBlank()) {
            last--;
        }
        digest.reset();
        for (int i = first; i < last; i++) {
            if (i > first) {
                digest.update((byte) '\n');
            }
            String line = AuthorityMarks.withoutMarks(lines[i]);
            digest.update((i == first ? line.strip() : line.stripTrailing()).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest(), 0, LENGTH / 2);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
