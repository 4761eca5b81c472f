package org.handbook.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A file's path inside the published site, with forward slashes and no leading slash
 * ("en/2026/about/index.html"). Links between pages are written relative, so the site works from
 * any folder of any host, and opened straight from disk.
 */
public record SitePath(String value) implements Comparable<SitePath> {

    private static final String INDEX = "index.html";
    private static final Pattern SEGMENT = Pattern.compile("[^/\\\\]+");

    public SitePath {
        if (value.isEmpty() || value.startsWith("/") || value.endsWith("/")
                || Arrays.stream(value.split("/")).anyMatch(s -> s.equals("..") || s.equals(".")
                        || !SEGMENT.matcher(s).matches())) {
            throw new IllegalArgumentException("not a site path: " + value);
        }
    }

    public static SitePath of(String... segments) {
        return new SitePath(String.join("/", segments));
    }

    /** The index page of a folder given by its segments. */
    public static SitePath indexOf(String... segments) {
        String[] withIndex = Arrays.copyOf(segments, segments.length + 1);
        withIndex[segments.length] = INDEX;
        return of(withIndex);
    }

    /** The address of this file from the site root, as a web server serves it ("/en/2026/about/"). */
    public String url() {
        String path = "/" + value;
        return path.endsWith("/" + INDEX) ? path.substring(0, path.length() - INDEX.length()) : path;
    }

    /** A relative link from the page at {@code from} to this file. */
    public String hrefFrom(SitePath from) {
        String[] fromSegments = from.value.split("/");
        String[] toSegments = value.split("/");
        int common = 0;
        while (common < fromSegments.length - 1 && common < toSegments.length - 1
                && fromSegments[common].equals(toSegments[common])) {
            common++;
        }
        StringBuilder href = new StringBuilder();
        for (int i = common; i < fromSegments.length - 1; i++) {
            href.append("../");
        }
        for (int i = common; i < toSegments.length; i++) {
            href.append(toSegments[i]);
            if (i < toSegments.length - 1) {
                href.append('/');
            }
        }
        return href.toString();
    }

    /**
     * The file a relative link written on this page leads to ({@code ../x/} is {@code x/index.html}),
     * or empty when it leaves the site or names no file a site can hold (a malformed escape, a
     * backslash).
     */
    public Optional<SitePath> resolve(String relative) {
        java.util.Deque<String> segments = new java.util.ArrayDeque<>(List.of(value.split("/")));
        segments.removeLast();
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(relative.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (decoded.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                segments.addLast(segment);
            }
        }
        String joined = String.join("/", segments);
        if (decoded.endsWith("/") || joined.isEmpty() || !joined.substring(joined.lastIndexOf('/') + 1).contains(".")) {
            joined = joined.isEmpty() ? INDEX : joined + "/" + INDEX;
        }
        return Optional.of(new SitePath(joined));
    }

    @Override
    public int compareTo(SitePath other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
