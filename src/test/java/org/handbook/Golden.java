package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected output kept in src/test/resources and reviewed like code. Run the tests
 * with {@code -Dhandbook.updateGolden=true} to rewrite them from what the code produces now.
 */
public final class Golden {

    private static final boolean UPDATE = Boolean.getBoolean("handbook.updateGolden");

    private Golden() {
    }

    /** @param resource the golden file's path under src/test/resources */
    public static void assertMatches(String resource, String actual) {
        Path golden = repositoryRoot().resolve("src/test/resources").resolve(resource);
        try {
            if (UPDATE || !Files.exists(golden)) {
                if (!UPDATE) {
                    throw new AssertionError("missing golden file " + resource
                            + "; run with -Dhandbook.updateGolden=true to create it, then review it");
                }
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(actual).as("golden file %s (regenerate with -Dhandbook.updateGolden=true)", resource)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path repositoryRoot() {
        return Path.of(System.getProperty("handbook.repositoryRoot", ".")).toAbsolutePath().normalize();
    }
}
