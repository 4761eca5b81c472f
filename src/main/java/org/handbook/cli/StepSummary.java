package org.handbook.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The job summary of a GitHub Actions run: Markdown appended to the file that
 * {@code GITHUB_STEP_SUMMARY} names, which GitHub shows on the run's page. Nothing outside
 * GitHub Actions.
 */
final class StepSummary {

    private StepSummary() {
    }

    static void append(String markdown, Reporter reporter) {
        String file = System.getenv("GITHUB_STEP_SUMMARY");
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), markdown + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            reporter.problem("cannot write the job summary to " + file + ": " + e.getMessage());
        }
    }
}
