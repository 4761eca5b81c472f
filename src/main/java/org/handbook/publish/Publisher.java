package org.handbook.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.handbook.render.Manifest;

/** Opens the staging folder for a build's output. */
public final class Publisher {

    private Publisher() {
    }

    /**
     * Stages a new site for {@code target}. Refuses a target that exists and is not a site this
     * tool built, so a mistyped {@code --out} can never replace someone's folder.
     */
    public static Staging stage(Path target) throws OutputFolderException, IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw new OutputFolderException("cannot publish to the root of the file system");
        }
        if (Files.exists(absolute) && !isReplaceable(absolute)) {
            throw new OutputFolderException(absolute + " exists and is not a site built by handbook"
                    + " (it has no " + Manifest.FILE_NAME + "); choose an empty or new folder");
        }
        return new Staging(absolute);
    }

    private static boolean isReplaceable(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        if (Files.isRegularFile(folder.resolve(Manifest.FILE_NAME))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
