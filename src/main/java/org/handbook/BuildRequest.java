package org.handbook;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build: the handbook at {@code root}; into {@code output} (or the folder its
 * configuration names) when {@code publish} is true, or nowhere when only checking; published at
 * {@code baseUrl} when given, instead of the configuration's {@code baseUrl}.
 */
public record BuildRequest(Path root, Optional<Path> output, boolean publish, Optional<String> baseUrl) {

    public static BuildRequest build(Path root, Optional<Path> output) {
        return new BuildRequest(root, output, true, Optional.empty());
    }

    public static BuildRequest check(Path root) {
        return new BuildRequest(root, Optional.empty(), false, Optional.empty());
    }

    public BuildRequest withBaseUrl(Optional<String> url) {
        return new BuildRequest(root, output, publish, url);
    }
}
