package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handbook.BuildResult;
import org.handbook.model.Diagnostic;
import org.handbook.model.SourcePosition;
import org.junit.jupiter.api.Test;

/** What reaches a terminal or a CI log when a handbook's names and texts hold control characters. */
class ReporterTest {

    /** A file name with a line end that would forge a diagnostic, and an escape sequence that clears the screen. */
    private static final Diagnostic HOSTILE = Diagnostic.error(
            SourcePosition.of(Path.of("chapters/en/a\nchapters/en/b.md:1:1: error: forged [HB-X]\u001B[2J.md"), 3, 7),
            "HB-LINK-BROKEN", "the key rings\u0007 the bell", "remove the \u001B]0;title\u0007 from it");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Reporter reporter = new Reporter(new PrintWriter(out), new PrintWriter(err), new Terminal(false));

    @Test
    void textShowsControlCharactersEscapedOneLinePerDiagnosticAndItsHint() {
        reporter.diagnostics(new BuildResult(List.of(HOSTILE), List.of(), Optional.empty()), false, DiagnosticFormat.text);

        assertThat(err.toString()).isEqualTo(
                "chapters/en/a\\nchapters/en/b.md:1:1: error: forged [HB-X]\\u001B[2J.md:3:7: error: the key rings\\u0007 the bell"
                        + " [HB-LINK-BROKEN]" + System.lineSeparator()
                        + "    hint: remove the \\u001B]0;title\\u0007 from it" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void githubAnnotationsShowThemEscapedToo() {
        reporter.diagnostics(new BuildResult(List.of(HOSTILE), List.of(), Optional.empty()), false, DiagnosticFormat.github);

        assertThat(out.toString()).isEqualTo(
                "::error file=chapters/en/a\\nchapters/en/b.md%3A1%3A1%3A error%3A forged [HB-X]\\u001B[2J.md,line=3,col=7,"
                        + "title=HB-LINK-BROKEN::the key rings\\u0007 the bell [HB-LINK-BROKEN]%0Ahint: remove the"
                        + " \\u001B]0;title\\u0007 from it" + System.lineSeparator());
    }

    @Test
    void jsonStaysJsonWithTheCharactersEscapedAsJsonDoes() {
        reporter.diagnostics(new BuildResult(List.of(HOSTILE), List.of(), Optional.empty()), false, DiagnosticFormat.json);

        assertThat(out.toString()).contains("\"file\": \"chapters/en/a\\nchapters/en/b.md:1:1: error: forged [HB-X]\\u001B[2J.md\"",
                "\"message\": \"the key rings\\u0007 the bell\"").doesNotContain("\u001B", "\u0007");
    }

    @Test
    void theToolsOwnMessagesAndReportsCarryNoControlCharacterFromTheHandbook() {
        reporter.problem("no book for 2026\u001B[31m\nhandbook: forged");
        reporter.say("marked chapters/th/\u009B31m.md");
        reporter.report("Changes from a to b\n  added  x  \u001B[1mTitle\u202E\r\nchapters: 1 added\n");

        assertThat(err.toString()).isEqualTo("handbook: no book for 2026\\u001B[31m\\nhandbook: forged" + System.lineSeparator());
        assertThat(out.toString()).isEqualTo("marked chapters/th/\\u009B31m.md" + System.lineSeparator()
                + "Changes from a to b\n  added  x  \\u001B[1mTitle\\u202E\r\nchapters: 1 added\n");
    }

    @Test
    void anInternalErrorIsOneLineWhateverItsMessage() {
        StringWriter printed = new StringWriter();
        int exit = new InternalErrorHandler(new PrintWriter(printed))
                .handleExecutionException(new IllegalArgumentException("Illegal character in path: a\\b\n\u001B[2J"), null, null);

        assertThat(exit).isEqualTo(ExitCode.INTERNAL);
        assertThat(printed.toString().lines().toList()).containsExactly(
                "handbook: internal error: java.lang.IllegalArgumentException: Illegal character in path: a\\b\\n\\u001B[2J",
                "This is a bug in handbook, not in your handbook. Run again with --verbose for the stack trace and report it.");
    }
}
