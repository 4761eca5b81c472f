package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.handbook.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return HandbookCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new Terminal(false));
    }

    @Test
    void aBaseUrlWithAControlCharacterOrASpaceIsAUsageErrorThatNamesIt(@TempDir Path workspace) {
        Path handbook = TestHandbooks.copy("minimal", workspace);

        assertThat(run("--source", handbook.toString(), "build", "--base-url", "https://handbook.example.org/\u0001"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--base-url must be a site's address such as https://handbook.example.org/"
                + " (it holds U+0001 START OF HEADING)").doesNotContain("\u0001");
        assertThat(run("--source", handbook.toString(), "build", "--base-url", "https://handbook.example.org/a b")).isEqualTo(2);
        assertThat(err.toString()).contains("(it holds U+0020 SPACE)");
        assertThat(run("--source", handbook.toString(), "build", "--base-url", "handbook.example.org")).isEqualTo(2);
        assertThat(err.toString()).contains("(found 'handbook.example.org')");
        assertThat(handbook.resolve("target/site")).doesNotExist();
    }
}
