package org.handbook.serve;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a request path to a file of the site, refusing anything that would leave it: {@code ..}
 * segments however encoded, backslashes, control characters, and links that lead outside.
 */
final class StaticFiles {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("wasm", "application/wasm"));

    private StaticFiles() {
    }

    /** The file a request path names inside {@code site}, or empty when there is none or it would leave the site. */
    static Optional<Path> resolve(Path site, String rawPath) throws IOException {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.contains("\\")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\' || c == ':')) {
            return Optional.empty();
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        Path root = site.toRealPath();
        Path file = root.resolve(decoded.substring(1)).normalize();
        if (!file.startsWith(root)) {
            return Optional.empty();
        }
        if (Files.isDirectory(file)) {
            if (!decoded.endsWith("/")) {
                return Optional.empty();
            }
            file = file.resolve("index.html");
        } else if (decoded.endsWith("/")) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        // A symbolic link inside the site may still point outside it.
        Path real = file.toRealPath();
        return real.startsWith(root) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS) ? Optional.of(real) : Optional.empty();
    }

    /**
     * Whether the path names a folder of the site without its closing slash: the page inside it
     * must be asked for as {@code path/}, or its relative links would resolve one level too high.
     */
    static boolean isFolderWithoutSlash(Path site, String rawPath) throws IOException {
        return !rawPath.endsWith("/") && resolve(site, rawPath).isEmpty() && resolve(site, rawPath + "/").isPresent();
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
