package org.handbook.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.handbook.model.Diagnostic;
import org.handbook.model.Diagnostics;
import org.junit.jupiter.api.Test;

class YamlComposerTest {

    private static final Path FILE = Path.of("data.yml");

    @Test
    void controlCharactersWrittenAsEscapesAreReportedAtTheirTextAndLeftOut() {
        Diagnostics diagnostics = new Diagnostics();

        Optional<YamlNode> node = YamlComposer.compose(FILE,
                "title: \"Field\\x01Guide\"\n\"na\\eme\": \"a\\0b\"\nlist: [\"\\x7F\", \"\\u0085\", \"\\t tab and \\n line\"]\n",
                1, diagnostics);

        assertThat(diagnostics.sorted()).extracting(diagnostic -> diagnostic.position() + " " + diagnostic.code())
                .containsExactly("data.yml:1:8 HB-TEXT-CONTROL-CHARACTER", "data.yml:2:1 HB-TEXT-CONTROL-CHARACTER",
                        "data.yml:2:11 HB-TEXT-CONTROL-CHARACTER", "data.yml:3:8 HB-TEXT-CONTROL-CHARACTER",
                        "data.yml:3:16 HB-TEXT-CONTROL-CHARACTER");
        assertThat(diagnostics.sorted().get(0).message())
                .isEqualTo("this text holds an invisible control character, U+0001 START OF HEADING:"
                        + " a quoted escape such as \\x01, \\0 or \\e writes one");
        YamlMapping mapping = YamlMapping.of(node.orElseThrow(), "data", new Diagnostics()).orElseThrow();
        assertThat(mapping.keys()).containsExactly("title", "name", "list");
        assertThat(mapping.text("title")).contains("FieldGuide");
        assertThat(mapping.text("name")).contains("ab");
        assertThat(mapping.list("list").orElseThrow()).extracting(YamlNode::text).containsExactly("", "", "\t tab and \n line");
    }

    @Test
    void anAliasedTextIsReportedOnce() {
        Diagnostics diagnostics = new Diagnostics();

        Optional<YamlNode> node = YamlComposer.compose(FILE, "a: &x \"bell\\a\"\nb: *x\n", 1, diagnostics);

        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("HB-TEXT-CONTROL-CHARACTER");
        YamlMapping mapping = YamlMapping.of(node.orElseThrow(), "data", new Diagnostics()).orElseThrow();
        assertThat(mapping.text("a")).contains("bell");
        assertThat(mapping.text("b")).contains("bell");
    }
}
