package org.handbook.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** output.dir stays inside the handbook however the file system resolves it. */
class OutputFolderTest {

    @TempDir
    Path workspace;

    @Test
    void aSymbolicLinkCarryingTheOutputFolderOutOfTheHandbookIsReportedAndNothingIsWrittenThere() throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        Path elsewhere = Files.createDirectories(workspace.resolve("elsewhere"));
        Files.createSymbolicLink(handbook.resolve("out"), elsewhere);
        Files.writeString(handbook.resolve("handbook.yml"), "output:\n  dir: out/site\n", java.nio.file.StandardOpenOption.APPEND);

        for (BuildRequest request : new BuildRequest[] {BuildRequest.check(handbook), BuildRequest.build(handbook, Optional.empty())}) {
            BuildResult result = Handbook.build(request, Progress.NONE);

            assertThat(TestHandbooks.report(result.diagnostics())).isEqualTo(
                    "handbook.yml:14:8: error: output folder 'out/site' leads outside the handbook: 'out' is a symbolic link"
                            + " to a folder outside it [HB-CONFIG-OUTPUT]\n"
                            + "    hint: use a folder inside the handbook that no symbolic link leads out of, such as target/site\n");
        }
        try (var written = Files.list(elsewhere)) {
            assertThat(written).isEmpty();
        }
    }

    @Test
    void aSymbolicLinkThatStaysInsideTheHandbookIsFollowed() throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        Files.createDirectories(handbook.resolve("build"));
        Files.createSymbolicLink(handbook.resolve("out"), handbook.resolve("build"));
        Files.writeString(handbook.resolve("handbook.yml"), "output:\n  dir: out/site\n", java.nio.file.StandardOpenOption.APPEND);

        BuildResult result = Handbook.build(BuildRequest.build(handbook, Optional.empty()).asPreview(), Progress.NONE);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(handbook.resolve("build/site/manifest.json")).exists();
    }
}
