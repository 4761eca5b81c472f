package org.handbook.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** A fingerprint of every file of a built site, to tell which pages a rebuild changed. */
record SiteDigest(Map<String, String> files) {

    static final SiteDigest EMPTY = new SiteDigest(Map.of());

    static SiteDigest of(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> tree = Files.walk(site)) {
            for (Path file : tree.filter(Files::isRegularFile).toList()) {
                files.put("/" + site.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
            }
        }
        return new SiteDigest(files);
    }

    /** The site paths added, removed or changed since {@code before}. */
    Set<String> changedSince(SiteDigest before) {
        Set<String> changed = new TreeSet<>();
        files.forEach((path, digest) -> {
            if (!digest.equals(before.files.get(path))) {
                changed.add(path);
            }
        });
        before.files.keySet().stream().filter(path -> !files.containsKey(path)).forEach(changed::add);
        return changed;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
