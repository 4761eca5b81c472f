package org.handbook.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;

/** The entries of a folder of the handbook, as paths from its root, sorted. */
final class FolderEntries {

    private FolderEntries() {
    }

    /** None when the folder does not exist; a folder that cannot be listed is reported. */
    static List<Path> of(Path root, Path relativeDir, Diagnostics diagnostics) {
        Path dir = root.resolve(relativeDir);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(entry -> relativeDir.resolve(entry.getFileName())).sorted().toList();
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(relativeDir), "HB-FILE-UNREADABLE", "cannot list this folder: "
                    + e.getMessage(), "check that it exists and can be read");
            return List.of();
        }
    }
}
