package org.handbook.yaml;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.nio.file.Path;
import org.handbook.model.Diagnostics;

/**
 * Any text given to the YAML reader ends in a node or in diagnostics, never in an exception.
 * Plain {@code mvn verify} replays the inputs kept in {@code YamlFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class YamlFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyTextIsReadOrReported(@NotNull String text) {
        Diagnostics diagnostics = new Diagnostics();
        YamlComposer.compose(Path.of("fuzz.yml"), text, 1, diagnostics)
                .flatMap(node -> YamlMapping.of(node, "the fuzzed file", diagnostics))
                .ifPresent(mapping -> mapping.keys().forEach(key -> {
                    mapping.text(key);
                    mapping.bool(key);
                    mapping.list(key);
                    mapping.textList(key);
                    mapping.mapping(key);
                    mapping.positionOf(key);
                }));
        diagnostics.sorted();
    }
}
