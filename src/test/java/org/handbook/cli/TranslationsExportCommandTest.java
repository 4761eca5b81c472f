package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handbook.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code handbook translations export} and {@code import} as a translation coordinator runs them: the
 * job written and brought back, or why not.
 */
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

    @Test
    void importBringsAJobBackOrSaysWhyNotAndChangesNothing(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace.resolve("handbook"));
        Path job = workspace.resolve("th-job.xlf");
        assertThat(run("translations", "export", "th", "--missing", "--source", handbook.toString(),
                "--out", job.toString())).isZero();
        // Translated as the source says, as a tool fills a target before it is worked on.
        Files.writeString(job, Files.readString(job).replaceAll("(<source xml:space=\"preserve\">(.*?)</source>)",
                "$1<target xml:space=\"preserve\">$2</target>"));
        String translated = Files.readString(job);
        assertThat(run("translations", "import", job.toString(), "--source", handbook.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("created chapters/th/02-extradition.md: ");
        assertThat(handbook.resolve("chapters/th/10-forms.md")).exists();
        Files.delete(handbook.resolve("chapters/th/02-extradition.md"));
        Files.delete(handbook.resolve("chapters/th/10-forms.md"));
        Files.writeString(job, translated);

        // A code lost from a target: the translation would lose the syntax it stood for.
        Files.writeString(job, Files.readString(job).replaceFirst("(<target xml:space=\"preserve\">[^<]*)<ph id=\"([0-9]+)\" dataRef=\"d[0-9]+\"/>",
                "$1"));
        var before = TestHandbooks.snapshot(handbook);
        assertThat(run("translations", "import", job.toString(), "--source", handbook.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("th-job.xlf: chapters/en/02-extradition.md, unit ").contains("; nothing was changed");
        assertThat(TestHandbooks.snapshot(handbook)).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(run("translations", "import", workspace.resolve("none.xlf").toString(), "--source", handbook.toString()))
                .isEqualTo(2);
    }
}
