package org.handbook.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.handbook.render.Manifest;

/** Opens the staging folder for a build's output. */
public final class Publisher {

    private Publisher() {
    }

    /**
     * Checks, before anything is built, that {@code target} may receive the site of the handbook at
     * {@code sourceRoot}: it is not the handbook itself, a folder holding it, or a folder the build
     * reads ({@code sourceFolders}); and if it exists it is a site this tool built, so a mistyped
     * {@code --out} can never replace someone's folder. Both are compared as the file system resolves
     * them, through every symbolic link on the way, since the site is written where those lead.
     */
    public static void verify(Path target, Path sourceRoot, List<Path> sourceFolders)
            throws OutputFolderException, IOException {
        Path output = resolved(target.toAbsolutePath().normalize());
        Path root = resolved(sourceRoot.toAbsolutePath().normalize());
        if (output.getParent() == null) {
            throw new OutputFolderException("cannot publish to the root of the file system");
        }
        if (root.startsWith(output)) {
            throw new OutputFolderException(output + " holds the handbook's sources; choose a folder such as target/site");
        }
        for (Path folder : sourceFolders) {
            if (output.startsWith(resolved(root.resolve(folder).normalize()))) {
                throw new OutputFolderException(output + " is inside " + folder + "/, which the build reads;"
                        + " choose a folder such as target/site");
            }
        }
        requireReplaceable(output);
    }

    /**
     * Checks that {@code target} may receive the site merged from {@code shards}: it is none of them,
     * neither holds the other, and if it exists it is a site this tool built.
     */
    public static void verifyMerge(Path target, List<Path> shards) throws OutputFolderException, IOException {
        Path output = resolved(target.toAbsolutePath().normalize());
        if (output.getParent() == null) {
            throw new OutputFolderException("cannot publish to the root of the file system");
        }
        for (Path shard : shards) {
            Path read = resolved(shard.toAbsolutePath().normalize());
            if (output.startsWith(read) || read.startsWith(output)) {
                throw new OutputFolderException(output + " overlaps the shard " + shard + ", which merge reads;"
                        + " choose a folder of its own such as target/site");
            }
        }
        requireReplaceable(output);
    }

    /** Stages a new site for {@code target}, which {@link #verify} accepted; refused while another build stages one. */
    public static Staging stage(Path target) throws IOException, OutputFolderException {
        return new Staging(target.toAbsolutePath().normalize());
    }

    /** {@code path} with its longest existing part replaced by where it really is; the rest is yet to be made. */
    private static Path resolved(Path path) throws IOException {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? path : existing.toRealPath().resolve(existing.relativize(path));
    }

    /** Refuses an existing folder that is not a site this tool built, so a mistyped folder is never replaced. */
    private static void requireReplaceable(Path output) throws OutputFolderException, IOException {
        if (Files.exists(output) && !isReplaceable(output)) {
            throw new OutputFolderException(output + " exists and is not a site built by handbook"
                    + " (it has no " + Manifest.FILE_NAME + "); choose an empty or new folder");
        }
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
