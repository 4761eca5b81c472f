package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.handbook.model.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Huge inputs (class 14 of the hostile inputs), made at test time beside the small fixture in
 * {@code src/test/resources/hostile/14-huge-inputs/}: a 50 MB chapter, a line of 120,000 characters,
 * 100,000 files in one language's folder and 10,001 images are refused with a message before they
 * are read; a sparse copy of the country schema of 3 GB is compared by its size, never read; a table of more than 100,000 cells is refused; a table of 10,000 rows builds; headings with long runs of spaces are read in linear time. All of it is checked in a JVM with a 256 MB heap, so
 * memory stays bounded however large the files are.
 */
class HugeInputsTest {

    private static final String HEAP = "-Xmx256m";

    @TempDir
    static Path workspace;
    static Path handbook;

    @BeforeAll
    static void makeHugeInputs() throws IOException {
        handbook = TestHandbooks.copyHostile("14-huge-inputs", workspace.resolve("handbook"));
        Path english = handbook.resolve("chapters/en");
        try (OutputStream out = Files.newOutputStream(english.resolve("02-fifty-megabytes.md"))) {
            out.write("---\nid: huge\ntitle: Huge\n---\n\n".getBytes(StandardCharsets.UTF_8));
            byte[] paragraph = "A paragraph of ordinary words, repeated until the file is far too large.\n\n"
                    .getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += paragraph.length) {
                out.write(paragraph);
            }
        }
        Files.writeString(english.resolve("03-long-line.md"), "---\nid: long-line\ntitle: Long line\n---\n\n"
                + "word ".repeat(24_000) + "\n");
        Files.writeString(english.resolve("04-table.md"), "---\nid: table\ntitle: Table\n---\n\n## Requests\n\n"
                + "Table: Ten thousand requests {#requests-table}\n\n| Number | Country | Received |\n|---|---|---|\n"
                + IntStream.range(0, 10_000).mapToObj(row -> "| " + row + " | Examplia | 2026-01-0" + (row % 9 + 1) + " |")
                        .collect(Collectors.joining("\n")) + "\n");
        // Runs of spaces where a pattern that backtracks would take quadratic time.
        Files.writeString(english.resolve("05-spaces.md"), "---\nid: spaces\ntitle: Spaces\n---\n\n## A heading"
                + " ".repeat(90_000) + "that goes on\n\n## Chosen {#chosen}" + " ".repeat(90_000) + "x\n");
        Files.writeString(english.resolve("06-cells.md"), "---\nid: cells\ntitle: Cells\n---\n\n|" + "a|".repeat(2_000)
                + "\n|" + "-|".repeat(2_000) + "\n" + ("|" + "b|".repeat(2_000) + "\n").repeat(60));
        Path thai = Files.createDirectories(handbook.resolve("chapters/th"));
        for (int i = 0; i < 100_000; i++) {
            Files.createFile(thai.resolve(String.format("%06d-page.md", i)));
        }
        Path images = Files.createDirectories(handbook.resolve("images"));
        for (int i = 0; i <= 10_000; i++) {
            Files.createFile(images.resolve(String.format("figure-%05d.png", i)));
        }
    }

    @Test
    void hugeInputsAreRefusedWithAMessageWithinASmallHeap() throws Exception {
        Process process = TestHandbooks.cli(List.of(HEAP), "check", "--quiet", "--source", handbook.toString()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished: nothing takes quadratic time").isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(1);
        Golden.assertMatches("hostile/14-huge-inputs/expected-diagnostics.txt", output);
    }

    @Test
    void aTableOfTenThousandRowsIsPublished() throws Exception {
        Path small = TestHandbooks.copyHostile("14-huge-inputs", workspace.resolve("table-only"));
        Files.copy(handbook.resolve("chapters/en/04-table.md"), small.resolve("chapters/en/04-table.md"));
        Path site = workspace.resolve("table-site");

        BuildResult result = Handbook.build(BuildRequest.build(small, Optional.of(site)).asPreview(), Progress.NONE);

        assertThat(result.diagnostics()).isEmpty();
        Map<String, byte[]> pages = TestHandbooks.snapshot(site);
        org.jsoup.nodes.Document table = org.jsoup.Jsoup.parse(new String(pages.get("en/2026/table/index.html"), StandardCharsets.UTF_8));
        assertThat(table.select("figure#requests-table tbody tr")).hasSize(10_000);
        assertThat(table.select("figure#requests-table tbody tr").last().text()).isEqualTo("9999 Examplia 2026-01-01");
    }

    @Test
    void aSparseSchemaCopyOfThreeGigabytesIsComparedWithoutBeingRead() throws Exception {
        Path countries = TestHandbooks.copy("countries", workspace.resolve("sparse-schema"));
        try (RandomAccessFile schema = new RandomAccessFile(countries.resolve("countries/schema.json").toFile(), "rw")) {
            schema.setLength(3L * 1024 * 1024 * 1024);
        }

        Process process = TestHandbooks.cli(List.of(HEAP), "check", "--source", countries.toString()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("countries/schema.json: warning: this schema differs from the one the tool checks"
                + " country files against [HB-COUNTRY-SCHEMA-COPY]");
    }
}
