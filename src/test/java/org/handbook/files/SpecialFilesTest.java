package org.handbook.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.handbook.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Named pipes and sockets in every folder a build reads are refused without being opened: opening
 * a named pipe waits for a writer for ever. The tool runs in a JVM of its own, so a build that
 * hung would be seen as one and killed.
 */
class SpecialFilesTest {

    @TempDir
    Path workspace;

    @Test
    void namedPipesAndSocketsAreReportedAtTheirPathAndNeverOpened() throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        namedPipe(handbook.resolve("chapters/en/02-pipe.md"));
        namedPipe(handbook.resolve("countries/TH.yml"));
        namedPipe(handbook.resolve("countries/schema.json"));
        namedPipe(handbook.resolve("images/figure.png"));
        namedPipe(handbook.resolve("theme/assets/extra.css"));
        namedPipe(handbook.resolve("editions/2025"));
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(handbook.resolve("chapters/en/03-socket.md")));

            for (String command : List.of("check", "build")) {
                String output = run(handbook, command);

                assertThat(output).contains(
                        "chapters/en/02-pipe.md: error: this is a named pipe, not a file: reading it could wait for ever [HB-FILE-SPECIAL]",
                        "chapters/en/03-socket.md: error: this is a socket, not a file: reading it could wait for ever [HB-FILE-SPECIAL]",
                        "countries/TH.yml: error: this is a named pipe, not a file: reading it could wait for ever [HB-FILE-SPECIAL]",
                        "countries/schema.json: error: this is a named pipe, not a file: reading it could wait for ever [HB-FILE-SPECIAL]",
                        "editions/2025: error: this is a named pipe, not a file: reading it could wait for ever [HB-FILE-SPECIAL]",
                        "images/figure.png: error: this is a named pipe, not a file: reading it could wait for ever [HB-FILE-SPECIAL]",
                        "theme/assets/extra.css: error: this is a named pipe, not a file: reading it could wait for ever [HB-FILE-SPECIAL]",
                        "hint: remove it, or replace it with an ordinary file");
                assertThat(output.split("\\[HB-FILE-SPECIAL]", -1)).as(output).hasSize(8);
            }
        }
        assertThat(handbook.resolve("target/site")).doesNotExist();
    }

    @Test
    void aHandbookYmlThatIsANamedPipeIsRefused() throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        Files.delete(handbook.resolve("handbook.yml"));
        namedPipe(handbook.resolve("handbook.yml"));

        String output = run(handbook, "check");

        assertThat(output).contains(
                "handbook.yml: error: this is a named pipe, not a file: reading it could wait for ever [HB-FILE-SPECIAL]");
    }

    @Test
    void aFileOrFolderIsNotSpecial() throws IOException {
        Files.writeString(workspace.resolve("file.md"), "text");

        assertThat(SpecialFiles.kind(workspace.resolve("file.md"))).isEmpty();
        assertThat(SpecialFiles.kind(workspace)).isEmpty();
        assertThat(SpecialFiles.kind(workspace.resolve("missing"))).isEmpty();
    }

    /** The CLI's output; exit 1 (content errors) within a minute, or the test fails and the process is killed. */
    private static String run(Path handbook, String command) throws Exception {
        Process process = TestHandbooks.cli(List.of(), "--quiet", "--source", handbook.toString(), command).start();
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished: no file was opened and waited on").isTrue();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(output).isEqualTo(1);
            return output;
        } finally {
            process.destroyForcibly();
        }
    }

    private static void namedPipe(Path path) throws Exception {
        Files.createDirectories(path.getParent());
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
    }
}
