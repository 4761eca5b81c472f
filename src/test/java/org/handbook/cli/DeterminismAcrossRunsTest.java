package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbook.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds in two separate JVMs give byte-identical sites: hash order, which changes from one
 * JVM to the next, must never reach the output, even through a template that iterates maps.
 */
class DeterminismAcrossRunsTest {

    @Test
    void buildsInSeparateJvmsAreByteIdentical(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        TestHandbooks.write(handbook.resolve("theme/templates/404.peb"), """
                <!DOCTYPE html><html lang="{{ site.lang }}"><head><title>x</title></head><body><main>
                {% for entry in t %}{{ entry.key }}={{ entry.value }};{% endfor %}
                {% for entry in assets %}{{ entry.key }}={{ entry.value }};{% endfor %}
                </main></body></html>
                """);
        build(handbook, workspace.resolve("first"));
        build(handbook, workspace.resolve("second"));

        Map<String, byte[]> first = TestHandbooks.snapshot(workspace.resolve("first"));
        Map<String, byte[]> second = TestHandbooks.snapshot(workspace.resolve("second"));
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    private static void build(Path handbook, Path out) throws Exception {
        Process process = TestHandbooks.cli(List.of(), "build", "--quiet", "--source", handbook.toString(), "--out", out.toString())
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }
}
