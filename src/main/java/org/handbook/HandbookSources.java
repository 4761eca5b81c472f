package org.handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.handbook.config.HandbookConfig;

/** The files of a handbook that a build reads: handbook.yml and what is in its source folders. */
public final class HandbookSources {

    private HandbookSources() {
    }

    /** Whether a path from the handbook's root is one of its sources. */
    public static boolean isSource(Path relative) {
        return relative.equals(Path.of(HandbookConfig.FILE_NAME))
                || Handbook.SOURCE_FOLDERS.stream().anyMatch(relative::startsWith);
    }

    /** The sources under {@code root}, as paths from it, in order; symbolic links are not followed. */
    public static Set<Path> of(Path root) {
        Set<Path> files = new TreeSet<>();
        if (Files.isRegularFile(root.resolve(HandbookConfig.FILE_NAME), LinkOption.NOFOLLOW_LINKS)) {
            files.add(Path.of(HandbookConfig.FILE_NAME));
        }
        for (Path folder : Handbook.SOURCE_FOLDERS) {
            if (!Files.isDirectory(root.resolve(folder), LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root.resolve(folder))) {
                walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                        .forEach(file -> files.add(root.relativize(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
        }
        return files;
    }
}
