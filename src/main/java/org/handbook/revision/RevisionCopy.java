package org.handbook.revision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The handbook's sources at a git revision, written into a temporary folder for as long as it is
 * open ({@link RevisionSources}); closing it deletes the folder.
 */
public final class RevisionCopy implements AutoCloseable {

    private final Path root;

    private RevisionCopy(Path root) {
        this.root = root;
    }

    /** The sources of the handbook at {@code root} as they were at {@code revision}. */
    public static RevisionCopy of(Path root, String revision) throws RevisionException, IOException {
        RevisionCopy copy = new RevisionCopy(Files.createTempDirectory("handbook-revision"));
        try {
            RevisionSources.extract(root, revision, copy.root);
            return copy;
        } catch (RevisionException | IOException | RuntimeException e) {
            copy.close();
            throw e;
        }
    }

    /** The copy's root, where its handbook.yml is. */
    public Path root() {
        return root;
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
