package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.handbook.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build says of its work in a log: each stage's time when verbose, and the slow stages always. */
class StageTimesTest {

    private final StringWriter err = new StringWriter();

    private int build(Path handbook, Path site, String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "build";
        args[1] = "--source";
        args[2] = handbook.toString();
        args[3] = "--out";
        args[4] = site.toString();
        System.arraycopy(options, 0, args, 5, options.length);
        return HandbookCommand.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), new Terminal(false));
    }

    @Test
    void verboseTimesEveryStageAndEachPdf(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("print-press", workspace.resolve("handbook"));

        assertThat(build(handbook, workspace.resolve("site"), "--verbose")).as(err.toString()).isZero();

        assertThat(err.toString()).containsPattern("(?m)^load: done in \\d+\\.\\d\\d s$")
                .containsPattern("(?m)^parse: done in ").containsPattern("(?m)^link: done in ")
                .containsPattern("(?m)^pdf: 2 books\\.\\.\\.$")
                .containsPattern("(?m)^pdf: en/2026: \\d+ pages in \\d+\\.\\d\\d s$")
                .containsPattern("(?m)^pdf: th/2026: \\d+ pages in ")
                .containsPattern("(?m)^press: done in ").containsPattern("(?m)^render: done in ")
                .containsPattern("(?m)^search: done in ");
    }

    @Test
    void withoutVerboseALogStillSaysWhenTheSlowStagesStartAndEnd(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("print-press", workspace.resolve("handbook"));

        assertThat(build(handbook, workspace.resolve("site"))).as(err.toString()).isZero();

        assertThat(err.toString()).containsPattern("(?m)^pdf: 2 books\\.\\.\\.$").containsPattern("(?m)^pdf: done in ")
                .containsPattern("(?m)^search: done in ")
                .doesNotContainPattern("(?m)^(load|link|parse): ").doesNotContain("pages in");
    }
}
