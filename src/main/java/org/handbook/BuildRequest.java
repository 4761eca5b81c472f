package org.handbook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What to build: the handbook at {@code root}; into {@code output} (or the folder its
 * configuration names) when {@code publish} is true, or nowhere when only checking; published at
 * {@code baseUrl} when given, instead of the configuration's {@code baseUrl}; and the date a
 * document of an edition without a date of its own carries ({@code SOURCE_DATE_EPOCH}), if any.
 */
public record BuildRequest(Path root, Optional<Path> output, boolean publish, Optional<String> baseUrl,
                           Optional<LocalDate> sourceDate) {

    public static BuildRequest build(Path root, Optional<Path> output) {
        return new BuildRequest(root, output, true, Optional.empty(), Optional.empty());
    }

    public static BuildRequest check(Path root) {
        return new BuildRequest(root, Optional.empty(), false, Optional.empty(), Optional.empty());
    }

    public BuildRequest withBaseUrl(Optional<String> url) {
        return new BuildRequest(root, output, publish, url, sourceDate);
    }

    public BuildRequest withSourceDate(Optional<LocalDate> date) {
        return new BuildRequest(root, output, publish, baseUrl, date);
    }
}
