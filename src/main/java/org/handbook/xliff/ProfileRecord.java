package org.handbook.xliff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a profile records of its translated texts ({@code translations:} at its end): per language,
 * each text an import brought and a fingerprint of the default language's text it translates, so
 * that a job of changes finds the texts whose source changed since. The import writes it; a text
 * translated by hand, with no fingerprint, is taken to be current.
 */
final class ProfileRecord {

    static final String KEY = "translations";

    private ProfileRecord() {
    }

    /** The first 12 hexadecimal digits of the text's SHA-256, as a chapter's fingerprints are written. */
    static String fingerprint(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The fingerprints recorded for {@code language}, by text. */
    static Map<String, String> of(ProfileYaml yaml, String language) {
        return yaml.mappingOfTexts(KEY).getOrDefault(language, Map.of());
    }

    /**
     * The edit that records {@code brought} (fingerprints by text) for {@code language}: the record
     * written anew, the texts the profile no longer has left out, in the order the profile has them.
     */
    static void write(Edits edits, ProfileYaml yaml, String language, Map<String, String> brought, List<String> texts) {
        Map<String, Map<String, String>> record = new LinkedHashMap<>(yaml.mappingOfTexts(KEY));
        Map<String, String> merged = new LinkedHashMap<>(record.getOrDefault(language, Map.of()));
        merged.putAll(brought);
        record.put(language, merged);
        StringBuilder block = new StringBuilder(KEY).append(":\n");
        record.forEach((tag, fingerprints) -> {
            List<String> kept = texts.stream().filter(fingerprints::containsKey).toList();
            if (!kept.isEmpty()) {
                block.append("  ").append(tag).append(":\n");
                kept.forEach(text -> block.append("    ").append(text).append(": ").append(fingerprints.get(text)).append('\n'));
            }
        });
        String text = yaml.text();
        yaml.lines(KEY).ifPresentOrElse(lines -> edits.replace(lines[0], lines[1], block.toString()),
                () -> edits.replace(text.length(), text.length(), (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + block));
    }
}
