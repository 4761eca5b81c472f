package org.handbook.editions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.handbook.config.HandbookConfig;
import org.handbook.model.EditionId;

/**
 * Freezes an edition: copies {@code chapters/}, {@code countries/} and {@code images/} as they are now into
 * {@code editions/<id>/}, from which the edition is built once its status is {@code published}.
 * Symbolic links are not followed: a snapshot holds files only.
 */
public final class EditionFreezer {

    private static final List<String> FROZEN = List.of("chapters", "countries", "images");

    private EditionFreezer() {
    }

    /** Thrown when the edition cannot be frozen: not declared, or frozen already. */
    public static final class CannotFreeze extends Exception {
        CannotFreeze(String message) {
            super(message);
        }
    }

    /** @return the snapshot's folder, relative to the root, and how many files it holds */
    public static Frozen freeze(HandbookConfig config, EditionId id) throws CannotFreeze, IOException {
        if (config.editions().stream().noneMatch(edition -> edition.id().equals(id))) {
            throw new CannotFreeze("edition '" + id + "' is not declared in " + HandbookConfig.FILE_NAME
                    + "; declared: " + String.join(", ", config.editions().stream().map(e -> e.id().value()).toList()));
        }
        Path snapshot = Path.of("editions", id.value());
        Path target = config.root().resolve(snapshot);
        if (Files.exists(target)) {
            throw new CannotFreeze(snapshot.toString().replace('\\', '/') + "/ exists already: a frozen edition is not"
                    + " frozen again; remove the folder first if you mean to replace it");
        }
        int files = 0;
        for (String part : FROZEN) {
            Path source = config.root().resolve(part);
            if (!Files.isDirectory(source)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path file : walk.sorted().toList()) {
                    Path copy = target.resolve(part).resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                        Files.createDirectories(copy);
                    } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        Files.createDirectories(copy.getParent());
                        Files.copy(file, copy);
                        files++;
                    }
                }
            }
        }
        return new Frozen(snapshot, files);
    }

    public record Frozen(Path folder, int files) {
    }
}
