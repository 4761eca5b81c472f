package org.handbook.revision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.handbook.HandbookSources;

/** Which sources ({@link HandbookSources}) differ between two copies of a handbook. */
public final class SourceFiles {

    private SourceFiles() {
    }

    /** The sources that differ between two copies of a handbook: changed, added or removed. */
    public static Set<Path> changed(Path before, Path now) {
        Set<Path> all = new TreeSet<>(HandbookSources.of(before));
        all.addAll(HandbookSources.of(now));
        Set<Path> changed = new TreeSet<>();
        for (Path file : all) {
            if (!sameBytes(before.resolve(file), now.resolve(file))) {
                changed.add(file);
            }
        }
        return changed;
    }

    private static boolean sameBytes(Path a, Path b) {
        try {
            return Files.isRegularFile(a) && Files.isRegularFile(b) && Files.size(a) == Files.size(b)
                    && Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
        } catch (IOException e) {
            return false;
        }
    }
}
