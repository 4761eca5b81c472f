package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handbook.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handbook translations export} as a translation coordinator runs it: the job written, or why not. */
class TranslationsExportCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return HandbookCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new Terminal(false));
    }

    @Test
    void writesTheJobAndSaysWhatItHolds(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace.resolve("handbook"));
        Path job = workspace.resolve("th-job.xlf");
        assertThat(run("translations", "export", "th", "--source", handbook.toString(), "--out", job.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).matches("(?s)wrote .*th-job\\.xlf: [0-9]+ units from 2 chapters\\s*");
        assertThat(Files.readString(job)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff ");
        assertThat(workspace.resolve("th-job.xlf.partial")).doesNotExist();
    }

    @Test
    void aWrongLanguageOrAMixOfChoicesIsAUsageError(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace.resolve("handbook"));
        Path job = workspace.resolve("job.xlf");
        assertThat(run("translations", "export", "fr", "--source", handbook.toString(), "--out", job.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("the handbook has no language fr; its translations: th");
        assertThat(run("translations", "export", "th", "chapters/en/01-requests.md", "--missing", "--source", handbook.toString(),
                "--out", job.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("name chapters, or choose --changed or --missing, not both");
        assertThat(job).doesNotExist();
    }
}
