package org.handbook.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.handbook.TestHandbooks;
import org.handbook.TestRepositories;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check scoped to a change, on a git repository made at test time: the changed file's problems
 * and those it causes elsewhere are reported; what was already wrong before the change is not.
 */
class ChangedSinceTest {

    private static String line(Diagnostic diagnostic) {
        return diagnostic.position().displayPath() + " " + diagnostic.code();
    }

    /** The minimal handbook, with a chapter that refers to a section and one already broken, committed. */
    private static Path committed(Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace.resolve("repo/handbook"));
        TestHandbooks.write(handbook.resolve("chapters/en/03-refs.md"), """
                ---
                id: refs
                title: References
                ---

                The scope is in [](xref:introduction#scope).
                """);
        TestHandbooks.write(handbook.resolve("chapters/en/04-old.md"), """
                ---
                id: old
                title: Old
                ---

                Something long broken: [](xref:nowhere).
                """);
        TestRepositories.commitAll(workspace.resolve("repo"), "the handbook");
        return handbook;
    }

    @Test
    void theChangedFilesProblemsAndWhatTheyBreakElsewhereAreReportedAndNothingElse(@TempDir Path workspace) throws Exception {
        Path handbook = committed(workspace);
        TestHandbooks.replace(handbook.resolve("chapters/en/01-introduction.md"), "## Scope\n", "## Reach\n");

        ChangedSince scoped = ChangedSince.check(handbook, "HEAD", Progress.NONE);

        assertThat(scoped.changed()).containsExactly(Path.of("chapters/en/01-introduction.md"));
        assertThat(scoped.result().diagnostics()).extracting(ChangedSinceTest::line)
                .contains("chapters/en/03-refs.md HB-XREF-UNKNOWN")
                .noneMatch(found -> found.startsWith("chapters/en/04-old.md"));
    }

    @Test
    void anUnchangedHandbookHasNothingToReport(@TempDir Path workspace) throws Exception {
        Path handbook = committed(workspace);

        ChangedSince scoped = ChangedSince.check(handbook, "HEAD", Progress.NONE);

        assertThat(scoped.changed()).isEmpty();
        assertThat(scoped.result().diagnostics()).isEmpty();
    }

    @Test
    void aNewFileIsAChangedFile(@TempDir Path workspace) throws Exception {
        Path handbook = committed(workspace);
        TestHandbooks.write(handbook.resolve("chapters/en/05-new.md"), "---\nid: new\ntitle: New\n---\n\nSee [](xref:nothing).\n");

        ChangedSince scoped = ChangedSince.check(handbook, "main", Progress.NONE);

        assertThat(scoped.changed()).containsExactly(Path.of("chapters/en/05-new.md"));
        assertThat(scoped.result().diagnostics()).extracting(ChangedSinceTest::line)
                .containsExactly("chapters/en/05-new.md HB-XREF-UNKNOWN");
    }

    @Test
    void aRevisionThatIsNotThereIsSaidSo(@TempDir Path workspace) throws Exception {
        Path handbook = committed(workspace);
        assertThatThrownBy(() -> ChangedSince.check(handbook, "no-such-branch", Progress.NONE))
                .isInstanceOf(RevisionException.class).hasMessageContaining("'no-such-branch' names no commit");
        Path elsewhere = TestHandbooks.copy("minimal", workspace.resolve("plain"));
        assertThatThrownBy(() -> ChangedSince.check(elsewhere, "HEAD", Progress.NONE))
                .isInstanceOf(RevisionException.class).hasMessageContaining("is not in a git repository");
    }
}
