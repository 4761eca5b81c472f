package org.handbook.validators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbook.Golden;

/**
 * Where the validators the tests run over built sites are installed ({@code src/test/validators},
 * by npm), and how they are run: as programs of their own, never on the tool's classpath.
 */
final class Validators {

    private static final Path FOLDER = Golden.repositoryRoot().resolve("src/test/validators");

    private Validators() {
    }

    static Path installed(String relative) {
        Path file = FOLDER.resolve("node_modules").resolve(relative);
        if (!Files.exists(file)) {
            throw new IllegalStateException(relative + " is not installed; run once:"
                    + " PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix src/test/validators --ignore-scripts");
        }
        return file;
    }

    static Path script(String name) {
        return FOLDER.resolve(name);
    }

    /** Runs {@code command}; returns what it printed on standard output. Fails on an exit code outside {@code accepted}. */
    static String run(List<String> command, List<Integer> accepted) throws IOException {
        Path errors = Files.createTempFile("validator", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = process.waitFor();
            if (!accepted.contains(status)) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + status + ": "
                        + Files.readString(errors) + output);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(errors);
        }
    }
}
