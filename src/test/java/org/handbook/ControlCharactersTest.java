package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters in every kind of text a handbook holds ({@code hostile/20-control-characters}:
 * the title, an edition's title, the PDF's author and publisher, baseUrl, a key, front matter, a
 * profile's name and note, a theme string, and chapter text) are reported by {@code check} and
 * {@code build} alike, each once at its place, and the build writes nothing: not the site, and not
 * a PDF whose metadata an XML reader would refuse.
 */
class ControlCharactersTest {

    @TempDir
    Path workspace;

    @Test
    void checkAndBuildReportEachControlCharacterAtItsPlaceAndWriteNothing() throws Exception {
        Path handbook = TestHandbooks.copyHostile("20-control-characters", workspace.resolve("handbook"));

        String checked = run(handbook, "check");
        String built = run(handbook, "build");

        Golden.assertMatches("hostile/20-control-characters/expected-diagnostics.txt", checked);
        assertThat(built).isEqualTo(checked);
        assertThat(built).doesNotContain("output folder", "cannot write", "internal error");
        try (Stream<Path> files = Files.walk(handbook)) {
            assertThat(files.map(handbook::relativize).map(Path::toString))
                    .noneMatch(name -> name.startsWith("target") || name.endsWith(".pdf") || name.contains(".site."));
        }
    }

    private static String run(Path handbook, String command) throws Exception {
        Process process = TestHandbooks.cli(List.of(), "--quiet", "--source", handbook.toString(), command).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue()).as(output).isEqualTo(1);
            return output;
        } finally {
            process.destroyForcibly();
        }
    }
}
