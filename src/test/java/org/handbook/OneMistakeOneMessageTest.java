package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake in one chapter's front matter, in the repository's own handbook, gives one message,
 * in that chapter: the chapters that refer to it, its translations and its glossary links are
 * not reported again.
 */
class OneMistakeOneMessageTest {

    private static String line(Diagnostic diagnostic) {
        return diagnostic.position() + " " + diagnostic.code() + " " + diagnostic.message();
    }

    private static List<String> newDiagnostics(Path handbook, String file, String line, String broken) throws Exception {
        List<String> before = Handbook.build(BuildRequest.check(handbook), Progress.NONE).diagnostics().stream()
                .map(OneMistakeOneMessageTest::line).toList();
        TestHandbooks.replace(handbook.resolve(file), line, broken);
        return Handbook.build(BuildRequest.check(handbook), Progress.NONE).diagnostics().stream()
                .map(OneMistakeOneMessageTest::line).filter(diagnostic -> !before.contains(diagnostic)).toList();
    }

    @Test
    void aChapterWhoseFrontMatterCannotBeReadIsTheOnlyOneReported(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copyRepositoryHandbook(workspace.resolve("handbook"));

        List<String> reported = newDiagnostics(handbook, "chapters/en/04-mutual-legal-assistance.md",
                "title: Mutual legal assistance", "title Mutual legal assistance");

        assertThat(reported).hasSize(1);
        assertThat(reported.get(0)).startsWith("chapters/en/04-mutual-legal-assistance.md:3:");
    }

    @Test
    void anUnreadableGlossaryDoesNotTurnEveryTermIntoAnError(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copyRepositoryHandbook(workspace.resolve("handbook"));

        List<String> reported = newDiagnostics(handbook, "chapters/en/14-glossary.md", "kind: ", "kind ");

        assertThat(reported).hasSize(1);
        assertThat(reported.get(0)).startsWith("chapters/en/14-glossary.md:");
    }
}
