package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handbook.TestHandbooks;
import org.handbook.TestRepositories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** review and check --changed-since on the command line, on a git repository made at test time. */
class ReviewCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return HandbookCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new Terminal(false));
    }

    private static Path committed(Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace.resolve("repo/handbook"));
        TestRepositories.commitAll(workspace.resolve("repo"), "the handbook");
        return handbook;
    }

    @Test
    void reviewWritesTheSummaryAndThePage(@TempDir Path workspace) throws Exception {
        Path handbook = committed(workspace);
        TestHandbooks.replace(handbook.resolve("chapters/en/01-introduction.md"), "A paragraph in the scope section.",
                "A paragraph on the scope.");

        assertThat(run("review", "main", "--source", handbook.toString(), "--out", workspace.resolve("review").toString()))
                .as(err.toString()).isZero();

        assertThat(Files.readString(workspace.resolve("review/review.md"))).contains("~~in~~ **on**", "chapters/en/01-introduction.md");
        assertThat(Files.readString(workspace.resolve("review/index.html"))).contains("<del>in</del>");
        assertThat(out.toString()).contains("Reviewed the changes since main: 1 file changed, 2 books affected");
    }

    @Test
    void aRevisionThatCannotBeReadIsAUsageError(@TempDir Path workspace) throws Exception {
        Path handbook = committed(workspace);

        assertThat(run("review", "no-such-branch", "--source", handbook.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("'no-such-branch' names no commit");
        assertThat(run("check", "--changed-since", "no-such-branch", "--source", handbook.toString())).isEqualTo(2);
    }

    @Test
    void checkChangedSinceReportsOnlyWhatTheChangeBrings(@TempDir Path workspace) throws Exception {
        Path handbook = committed(workspace);
        TestHandbooks.replace(handbook.resolve("chapters/en/02-channels.md"), "## ", "See [](xref:nowhere).\n\n## ");

        assertThat(run("check", "--changed-since", "main", "--source", handbook.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("chapters/en/02-channels.md", "HB-XREF-UNKNOWN");
        assertThat(out.toString()).contains("1 file changed since main");
    }
}
