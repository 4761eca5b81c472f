package org.handbook.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;
import org.handbook.yaml.YamlMapping;

/**
 * {@code output.dir}: where build writes unless told otherwise, a folder inside the handbook. It is
 * checked as written and again as the file system resolves it, since a symbolic link committed
 * on the way ({@code out -> /elsewhere}) would carry the site out of the handbook.
 */
final class OutputFolder {

    private static final String CODE = "HB-CONFIG-OUTPUT";

    private OutputFolder() {
    }

    static Optional<Path> read(YamlMapping output, Path root, Diagnostics local) {
        output.rejectUnknownKeys(Set.of("dir"));
        return output.text("dir").flatMap(text -> {
            SourcePosition position = output.positionOf("dir");
            Optional<Path> dir = relativeInside(text, root);
            if (dir.isEmpty()) {
                local.error(position, CODE, "output folder '" + text + "' is not a sub-folder of the handbook",
                        "use a relative folder inside the handbook, such as target/site");
                return Optional.empty();
            }
            Optional<Path> leaving = linkLeading(root, dir.get());
            if (leaving.isPresent()) {
                local.error(position, CODE, "output folder '" + text + "' leads outside the handbook: '"
                                + leaving.get().toString().replace('\\', '/') + "' is a symbolic link to a folder outside it",
                        "use a folder inside the handbook that no symbolic link leads out of, such as target/site");
                return Optional.empty();
            }
            return dir;
        });
    }

    private static Optional<Path> relativeInside(String text, Path root) {
        try {
            Path dir = Path.of(text).normalize();
            if (!dir.isAbsolute() && !dir.toString().isEmpty() && !dir.startsWith("..")
                    && !root.resolve(dir).normalize().equals(root)) {
                return Optional.of(dir);
            }
        } catch (InvalidPathException e) {
            // an unusable name, reported as any other folder outside the handbook
        }
        return Optional.empty();
    }

    /** The first part of {@code dir} that exists and resolves to a place outside {@code root}, if any. */
    private static Optional<Path> linkLeading(Path root, Path dir) {
        try {
            Path realRoot = root.toRealPath();
            for (int parts = 1; parts <= dir.getNameCount(); parts++) {
                Path part = dir.subpath(0, parts);
                Path absolute = root.resolve(part);
                if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                    return Optional.empty();
                }
                if (!Files.exists(absolute) || !absolute.toRealPath().startsWith(realRoot)) {
                    return Optional.of(part);
                }
            }
        } catch (IOException e) {
            // A folder that cannot be resolved cannot be written either; publishing reports that.
        }
        return Optional.empty();
    }
}
