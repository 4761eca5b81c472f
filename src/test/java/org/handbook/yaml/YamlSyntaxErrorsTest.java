package org.handbook.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handbook.Golden;
import org.handbook.model.Diagnostic;
import org.handbook.model.Diagnostics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The YAML mistakes editors make, each with the one message a build gives for it: in plain words,
 * at the line where it can be mended (spec file {@code yaml-syntax/mistakes.txt}).
 */
class YamlSyntaxErrorsTest {

    record Case(String name, String yaml, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() throws Exception {
        List<Case> cases = new ArrayList<>();
        String spec = Files.readString(Golden.repositoryRoot().resolve("src/test/resources/yaml-syntax/mistakes.txt"));
        for (String block : spec.split("(?m)^=== ")) {
            if (block.startsWith("#") || block.isBlank()) {
                continue;
            }
            String name = block.substring(0, block.indexOf('\n'));
            String body = block.substring(block.indexOf('\n') + 1);
            int separator = body.indexOf("\n---\n");
            cases.add(new Case(name, body.substring(0, separator + 1), body.substring(separator + 5).strip()));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachMistakeGivesOnePlainMessageWhereItCanBeMended(Case mistake) {
        Diagnostics diagnostics = new Diagnostics();
        YamlComposer.compose(Path.of("handbook.yml"), mistake.yaml(), 1, diagnostics);

        List<Diagnostic> reported = diagnostics.sorted();
        assertThat(reported).hasSize(1);
        Diagnostic only = reported.get(0);
        assertThat(only.position().line() + ":" + only.position().column() + " " + only.message()).isEqualTo(mistake.expected());
        assertThat(only.message()).doesNotContain("<block", "scalar", "token", "stream");
    }
}
