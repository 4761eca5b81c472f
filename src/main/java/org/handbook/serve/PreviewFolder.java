package org.handbook.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.handbook.files.Folders;
import org.handbook.model.SitePath;

/**
 * The folder the preview is served from, kept up to date file by file: a rebuild writes only the
 * files whose bytes changed and deletes those no longer made, so a one-page change touches one
 * page on disk. It is written only from a rebuild without errors.
 */
final class PreviewFolder {

    private final Path folder;
    private Map<SitePath, byte[]> written = Map.of();

    /** Starts from an empty folder: what was there (an earlier preview, checked to be one) is removed. */
    PreviewFolder(Path folder) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        Folders.deleteRecursively(this.folder);
        Files.createDirectories(this.folder);
    }

    Path path() {
        return folder;
    }

    /** Brings the folder to {@code site}; returns the site paths ("/en/2026/x/index.html") that changed. */
    Set<String> update(Map<SitePath, byte[]> site) throws IOException {
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<SitePath, byte[]> file : site.entrySet()) {
            byte[] before = written.get(file.getKey());
            if (before == null || !Arrays.equals(before, file.getValue())) {
                Path target = folder.resolve(file.getKey().value());
                Files.createDirectories(target.getParent());
                // Whole or not at all, for a browser that asks for the file while it is written.
                Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
                Files.write(partial, file.getValue());
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                changed.add("/" + file.getKey().value());
            }
        }
        for (SitePath gone : written.keySet()) {
            if (!site.containsKey(gone)) {
                Files.deleteIfExists(folder.resolve(gone.value()));
                changed.add("/" + gone.value());
            }
        }
        written = new HashMap<>(site);
        return changed;
    }
}
