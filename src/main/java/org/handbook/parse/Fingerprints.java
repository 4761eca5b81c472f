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
 * end of a line does not make every translation outdated. A section runs from its heading to the
 * next heading of any level.
 */
final class Fingerprints {

    private static final int LENGTH = 12;

    private Fingerprints() {
    }

    static SourceFingerprint of(SourcePage page, List<Heading> headings) {
        String[] lines = page.body().split("\n", -1);
        Map<String, String> sections = new LinkedHashMap<>();
        int start = 0;
        String key = SourceFingerprint.INTRO;
        for (Heading heading : headings) {
            int line = heading.position().line() - page.bodyFirstLine();
            if (line < start || line >= lines.length) {
                continue;
            }
            sections.put(key, hash(lines, start, line));
            key = heading.id().value();
            start = line;
        }
        sections.put(key, hash(lines, start, lines.length));
        String whole = hash(new String[] {page.frontMatter().title(), page.frontMatter().description()}, 0, 2)
                + String.join("", sections.values());
        return new SourceFingerprint(hash(new String[] {whole}, 0, 1), sections);
    }

    private static String hash(String[] lines, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(lines[i].stripTrailing()).append('\n');
        }
        byte[] digest = sha256().digest(text.toString().strip().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, LENGTH);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
