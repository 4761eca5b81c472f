package org.handbook.config;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handbook.files.Folders;
import org.handbook.model.Diagnostics;

/**
 * Any bytes in {@code handbook.yml} end in a configuration or in diagnostics, never in an exception.
 * Plain {@code mvn verify} replays the inputs kept in {@code ConfigFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ConfigFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyHandbookYmlIsReadOrReported(@NotNull byte[] bytes) throws IOException {
        Path root = Files.createTempDirectory("handbook-fuzz-");
        try {
            Files.write(root.resolve("handbook.yml"), bytes);
            Diagnostics diagnostics = new Diagnostics();
            ConfigLoader.load(root, diagnostics);
            diagnostics.sorted();
        } finally {
            Folders.deleteRecursively(root);
        }
    }
}
