package org.handbook.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.nio.file.Path;
import org.handbook.model.Diagnostics;

/**
 * Any chapter file's text ends in a page or in diagnostics, never in an exception. Plain {@code mvn
 * verify} replays the inputs kept in {@code FrontMatterFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class FrontMatterFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyChapterTextIsReadOrReported(@NotNull String text) {
        Diagnostics diagnostics = new Diagnostics();
        FrontMatterReader.read(Path.of("chapters/en/01-fuzz.md"), text, diagnostics);
        diagnostics.sorted();
    }
}
