package org.handbook.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;

/**
 * Named pipes, devices and sockets among a handbook's files. Opening a named pipe waits for a writer
 * that never comes, and a device such as {@code /dev/zero} never ends, so such a file must be
 * recognised from its attributes, before anything opens it.
 */
public final class SpecialFiles {

    /** The file-type bits of a Unix mode, and the values of the types that are not files or folders. */
    private static final int TYPE_BITS = 0170000;
    private static final int NAMED_PIPE = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private SpecialFiles() {
    }

    /**
     * What {@code file} is, in words ("a named pipe"), when it is neither a regular file nor a
     * folder; symbolic links are followed, since reading follows them too. Empty for a file, a
     * folder, or a path that does not exist.
     */
    public static Optional<String> kind(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!attributes.isOther()) {
            return Optional.empty();
        }
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & TYPE_BITS;
            return Optional.of(switch (type) {
                case NAMED_PIPE -> "a named pipe";
                case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
                case SOCKET -> "a socket";
                default -> "a special file";
            });
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.of("a special file");
        }
    }

    /**
     * Reports {@code file} (at {@code relative}, its path from the handbook root) when it is a named
     * pipe, a device or a socket, and says whether it was. Every reader of a handbook's files asks
     * this with the same words, so a file met twice is reported once.
     */
    public static boolean refused(Path file, Path relative, Diagnostics diagnostics) {
        Optional<String> kind = kind(file);
        kind.ifPresent(what -> diagnostics.error(SourcePosition.of(relative), "HB-FILE-SPECIAL",
                "this is " + what + ", not a file: reading it could wait for ever",
                "remove it, or replace it with an ordinary file"));
        return kind.isPresent();
    }
}
