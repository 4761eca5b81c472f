package org.handbook;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build: the handbook at {@code root}; into {@code output} (or the folder its
 * configuration names) when {@code publish} is true, or nowhere when only checking.
 */
public record BuildRequest(Path root, Optional<Path> output, boolean publish) {

    public static BuildRequest build(Path root, Optional<Path> output) {
        return new BuildRequest(root, output, true);
    }

    public static BuildRequest check(Path root) {
        return new BuildRequest(root, Optional.empty(), false);
    }
}
