package org.handbook.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.handbook.model.Diagnostic;
import org.handbook.model.Diagnostics;
import org.junit.jupiter.api.Test;

class YamlMappingTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<YamlMapping> mapping(String yaml) {
        return YamlComposer.compose(Path.of("f.yml"), yaml, 1, diagnostics)
                .flatMap(node -> YamlMapping.of(node, "f.yml", diagnostics));
    }

    private String report() {
        return String.join("\n", diagnostics.sorted().stream()
                .map(d -> d.position() + " " + d.code() + " " + d.message()).toList());
    }

    @Test
    void valuesAreTheTextTheEditorWrote() {
        YamlMapping yaml = mapping("a: NO\nb: 010\nc: 1e3\nd: 2026-01-01\ne: yes\n").orElseThrow();
        assertThat(yaml.text("a")).contains("NO");
        assertThat(yaml.text("b")).contains("010");
        assertThat(yaml.text("c")).contains("1e3");
        assertThat(yaml.text("d")).contains("2026-01-01");
        assertThat(yaml.bool("e")).isEmpty();
        assertThat(report()).isEqualTo("f.yml:5:4 HB-YAML-TYPE 'e' in f.yml must be true or false, not text 'yes'");
    }

    @Test
    void unknownAndDuplicateKeysAreReportedWhereTheyAre() {
        YamlMapping yaml = mapping("title: x\nlanguages: [en]\nlanguage: th\ntitle: y\n").orElseThrow();
        yaml.rejectUnknownKeys(Set.of("title", "languages"));
        assertThat(report()).isEqualTo("""
                f.yml:3:1 HB-YAML-UNKNOWN-KEY unknown key 'language' in f.yml
                f.yml:4:1 HB-YAML-DUPLICATE-KEY duplicate key 'title' in f.yml (first at line 1)""");
        assertThat(diagnostics.sorted().get(0).hint()).startsWith("did you mean 'languages'?");
    }

    @Test
    void wrongTypesAreReported() {
        YamlMapping yaml = mapping("title: [a, b]\nlist: text\n").orElseThrow();
        assertThat(yaml.text("title")).isEmpty();
        assertThat(yaml.list("list")).isEmpty();
        assertThat(report()).contains("f.yml:1:8 HB-YAML-TYPE 'title' in f.yml must be text, not a list",
                "f.yml:2:7 HB-YAML-TYPE 'list' in f.yml must be a list, not text 'text'");
    }

    @Test
    void syntaxErrorsPointAtTheProblem() {
        assertThat(mapping("title: \"unclosed\nnext: 1\n")).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("HB-YAML-SYNTAX");
    }

    @Test
    void aliasBombsAreRefused() {
        StringBuilder bomb = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level <= 9; level++) {
            String previous = "*l" + (level - 1);
            bomb.append("l").append(level).append(": &l").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        assertThat(mapping(bomb.toString())).isEmpty();
        assertThat(diagnostics.hasErrors()).isTrue();
    }

    @Test
    void deepNestingIsAnErrorNotACrash() {
        assertThat(mapping("a: " + "[".repeat(20_000))).isEmpty();
        assertThat(diagnostics.hasErrors()).isTrue();
    }
}
