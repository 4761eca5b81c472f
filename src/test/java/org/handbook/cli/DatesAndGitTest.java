package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Golden;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates and git (class 24 of the hostile inputs, fixture {@code hostile/24-dates-and-git/}): the
 * PDF of an edition without a date is dated by {@code SOURCE_DATE_EPOCH} or not at all; a value
 * that is not whole seconds a PDF can hold is a usage error that writes nothing. The build reads the
 * working tree and no git metadata, so a shallow clone builds the same bytes as a full one, and an
 * uncommitted edit is built as it is on disk.
 */
class DatesAndGitTest {

    private static final String FIXTURE = "24-dates-and-git";

    @Test
    void sourceDateEpochIsReadAsWholeSecondsSince1970InUtc() {
        assertThat(SourceDateEpoch.parse(null)).isEmpty();
        assertThat(SourceDateEpoch.parse("  ")).isEmpty();
        assertThat(SourceDateEpoch.parse("0")).contains(LocalDate.of(1970, 1, 1));
        assertThat(SourceDateEpoch.parse(" 1767225599 ")).contains(LocalDate.of(2025, 12, 31));
        assertThat(SourceDateEpoch.parse("253402300799")).contains(LocalDate.of(9999, 12, 31));
        for (String bad : List.of("-1", "abc", "1767225600.5", "1e9", "253402300800", "0x10", "１２３")) {
            assertThatThrownBy(() -> SourceDateEpoch.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("found '" + bad + "'").hasMessageContaining("git log -1 --format=%ct");
        }
    }

    @Test
    void aSourceDateEpochNoPdfCanHoldIsAUsageErrorThatWritesNothing(@TempDir Path workspace) throws Exception {
        StringBuilder transcript = new StringBuilder();
        for (String value : List.of("-1", "not-a-number", "253402300800")) {
            Path out = workspace.resolve("site");
            ProcessBuilder builder = TestHandbooks.cli(List.of(), "build", "--source", fixture().toString(), "--out", out.toString());
            builder.environment().put(SourceDateEpoch.NAME, value);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.waitFor()).as(output).isEqualTo(ExitCode.USAGE);
            assertThat(output).doesNotContain("Usage:", "Exception", "\tat ");
            assertThat(out).doesNotExist();
            transcript.append(SourceDateEpoch.NAME).append('=').append(value).append(": exit ").append(ExitCode.USAGE)
                    .append('\n').append(output);
        }
        Golden.assertMatches("hostile/" + FIXTURE + "/expected-diagnostics.txt", transcript.toString());
    }

    @Test
    void aPdfIsDatedBySourceDateEpochOrNotAtAll(@TempDir Path workspace) throws Exception {
        BuildResult dated = Handbook.build(BuildRequest.build(fixture(), Optional.of(workspace.resolve("dated")))
                .withSourceDate(SourceDateEpoch.parse("1767225600")), Progress.NONE);
        BuildResult undated = Handbook.build(BuildRequest.build(fixture(), Optional.of(workspace.resolve("undated"))),
                Progress.NONE);

        assertThat(dated.diagnostics()).isEmpty();
        assertThat(undated.diagnostics()).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(workspace.resolve("dated/en/2026/handbook-en-2026.pdf").toFile())) {
            Calendar created = pdf.getDocumentInformation().getCreationDate();
            assertThat(created.toInstant().atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        }
        try (PDDocument pdf = Loader.loadPDF(workspace.resolve("undated/en/2026/handbook-en-2026.pdf").toFile())) {
            assertThat(pdf.getDocumentInformation().getCreationDate()).isNull();
        }
    }

    @Test
    void aShallowCloneBuildsTheSameBytesAndUncommittedEditsAreBuiltAsOnDisk(@TempDir Path workspace) throws Exception {
        Path origin = TestHandbooks.copyHostile(FIXTURE, workspace.resolve("origin"));
        git(origin, "init", "--quiet");
        git(origin, "add", ".");
        git(origin, "commit", "--quiet", "-m", "First");
        Files.writeString(origin.resolve("chapters/en/01-dates.md"),
                Files.readString(origin.resolve("chapters/en/01-dates.md")) + "\nA second paragraph.\n");
        git(origin, "commit", "--quiet", "-am", "Second");
        Path shallow = workspace.resolve("shallow");
        git(workspace, "clone", "--quiet", "--depth", "1", origin.toUri().toString(), shallow.toString());
        assertThat(git(shallow, "rev-parse", "--is-shallow-repository")).isEqualTo("true");

        Map<String, byte[]> full = site(origin, workspace.resolve("full-site"));
        Map<String, byte[]> fromShallow = site(shallow, workspace.resolve("shallow-site"));
        assertThat(fromShallow.keySet()).containsExactlyElementsOf(full.keySet());
        full.forEach((name, bytes) -> assertThat(fromShallow.get(name)).as(name).isEqualTo(bytes));

        Files.writeString(shallow.resolve("chapters/en/01-dates.md"), "---\nid: dates\ntitle: Dates\n---\n\nNot committed yet.\n");
        Files.writeString(shallow.resolve("chapters/en/02-untracked.md"), "---\nid: untracked\ntitle: Untracked\n---\n\nNew.\n");
        Map<String, byte[]> edited = site(shallow, workspace.resolve("edited-site"));
        assertThat(new String(edited.get("en/2026/dates/index.html"), StandardCharsets.UTF_8)).contains("Not committed yet.");
        assertThat(edited).containsKey("en/2026/untracked/index.html");
    }

    private static Map<String, byte[]> site(Path handbook, Path out) throws Exception {
        BuildResult result = Handbook.build(BuildRequest.build(handbook, Optional.of(out)).asPreview(), Progress.NONE);
        assertThat(result.diagnostics()).isEmpty();
        return TestHandbooks.snapshot(out);
    }

    private static String git(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", "-c", "protocol.file.allow=always"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }

    private static Path fixture() {
        return Golden.repositoryRoot().resolve("src/test/resources/hostile").resolve(FIXTURE);
    }
}
