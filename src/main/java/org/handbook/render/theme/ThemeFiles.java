package org.handbook.render.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;
import org.handbook.text.SourceText;

/** Reads the files of a theme folder, bundled in the tool or in a handbook, as bytes by relative path. */
final class ThemeFiles {

    /** Fonts are the largest theme files; a whole CJK font is about 20 MB. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    /** Where the build puts the repository's own theme inside the tool. */
    static final String BUNDLED = "/default-theme";

    private ThemeFiles() {
    }

    /** The default theme that ships inside the tool. */
    static Map<String, byte[]> bundled() {
        URL marker = ThemeFiles.class.getResource(BUNDLED + "/templates/page.peb");
        if (marker == null) {
            throw new IllegalStateException("the default theme is missing from the tool");
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return readTree(jar.getPath(BUNDLED), null, null, null);
                }
            }
            return readTree(Path.of(uri).getParent().getParent(), null, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files under {@code root/theme}, none when the handbook has no theme of its own. */
    static Map<String, byte[]> ofHandbook(Path root, Diagnostics diagnostics) {
        Path dir = root.resolve("theme");
        if (!Files.isDirectory(dir)) {
            return Map.of();
        }
        try {
            return readTree(dir, root, Path.of("theme"), diagnostics);
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(Path.of("theme")), "HB-FILE-UNREADABLE",
                    "cannot read the theme: " + e.getMessage(), "check that theme/ can be read");
            return Map.of();
        }
    }

    private static Map<String, byte[]> readTree(Path dir, Path handbookRoot, Path relativeDir, Diagnostics diagnostics)
            throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                if (handbookRoot != null && !isInside(file, handbookRoot, relativeDir.resolve(name), diagnostics)) {
                    continue;
                }
                files.put(name, Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static boolean isInside(Path file, Path root, Path relative, Diagnostics diagnostics) throws IOException {
        if (!file.toRealPath().startsWith(root.toRealPath())) {
            diagnostics.error(SourcePosition.of(relative), "HB-FILE-OUTSIDE", "this theme file leads outside the handbook folder",
                    "replace the symbolic link with the file itself");
            return false;
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            SourceText.reportTooLarge(diagnostics, SourcePosition.of(relative), "theme file", size, MAX_BYTES,
                    "keep theme files small: subset a large font to the scripts the handbook uses");
            return false;
        }
        return true;
    }
}
