package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.handbook.Golden;
import org.handbook.TestHandbooks;
import org.handbook.model.SitePath;
import org.handbook.publish.Publisher;
import org.handbook.publish.Staging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interrupted and concurrent builds (class 26 of the hostile inputs, fixture
 * {@code hostile/26-interrupted-builds/}), with real processes: a build
 * killed at any moment leaves the previous site or the next one, whole, and the next build runs;
 * a build into a folder another build is writing is refused and changes nothing.
 */
class InterruptedBuildsTest {

    private static final String FIXTURE = "26-interrupted-builds";

    @Test
    void aBuildKilledAtAnyMomentLeavesThePreviousSiteOrTheNextOneWhole(@TempDir Path workspace) throws Exception {
        Path handbook = builtOnce(workspace);
        Path site = workspace.resolve("site");
        Map<String, byte[]> previous = TestHandbooks.snapshot(site);
        Path chapter = handbook.resolve("chapters/en/01-introduction.md");
        Files.writeString(chapter, Files.readString(chapter) + "\nA paragraph the next site has.\n");
        Path reference = workspace.resolve("reference");
        long started = System.nanoTime();
        assertThat(build(handbook, reference).waitFor()).isZero();
        long whole = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Map<String, byte[]> next = TestHandbooks.snapshot(reference);
        assertThat(next).isNotEqualTo(previous);

        for (double fraction : List.of(0.15, 0.4, 0.6, 0.75, 0.85, 0.95)) {
            Process running = build(handbook, site);
            Thread.sleep((long) (whole * fraction));
            running.destroyForcibly().waitFor();
            Map<String, byte[]> left = TestHandbooks.snapshot(site.toFile().exists() ? site : workspace.resolve(".site.previous"));
            assertThat(sameSite(left, previous) || sameSite(left, next))
                    .as("killed at %d%% of a build: the site is one of the two, whole", Math.round(fraction * 100)).isTrue();
        }

        assertThat(build(handbook, site).waitFor()).as("the lock dies with the killed process").isZero();
        assertThat(sameSite(TestHandbooks.snapshot(site), next)).isTrue();
        assertThat(workspace.resolve(".site.staging")).doesNotExist();
    }

    @Test
    void aBuildIntoAFolderAnotherBuildIsWritingIsRefusedAndChangesNothing(@TempDir Path workspace) throws Exception {
        Path handbook = builtOnce(workspace);
        Path site = workspace.resolve("site");
        Map<String, byte[]> before = TestHandbooks.snapshot(site);

        try (Staging other = Publisher.stage(site)) {
            other.write(new SitePath("manifest.json"), "the other build's".getBytes(StandardCharsets.UTF_8));
            Process second = build(handbook, site);
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(second.waitFor()).as(output).isEqualTo(ExitCode.USAGE);
            Golden.assertMatches("hostile/" + FIXTURE + "/expected-diagnostics.txt",
                    output.replace(site.toAbsolutePath().normalize().toString(), "<site>"));
            assertThat(workspace.resolve(".site.staging/manifest.json")).as("the other build's work is untouched")
                    .hasContent("the other build's");
        }
        assertThat(sameSite(TestHandbooks.snapshot(site), before)).isTrue();
    }

    /** The fixture, copied into {@code workspace} and built once into its {@code site} folder. */
    private static Path builtOnce(Path workspace) throws Exception {
        Path handbook = TestHandbooks.copyHostile(FIXTURE, workspace.resolve("handbook"));
        assertThat(build(handbook, workspace.resolve("site")).waitFor()).isZero();
        return handbook;
    }

    private static boolean sameSite(Map<String, byte[]> site, Map<String, byte[]> expected) {
        return site.keySet().equals(expected.keySet())
                && expected.entrySet().stream().allMatch(entry -> java.util.Arrays.equals(site.get(entry.getKey()), entry.getValue()));
    }

    private static Process build(Path handbook, Path out) throws IOException {
        return TestHandbooks.cli(List.of(), "build", "--quiet", "--source", handbook.toString(), "--out", out.toString()).start();
    }
}
