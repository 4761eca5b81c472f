package org.handbook.revision;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.UnknownBookException;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.handbook.publish.OutputFolderException;

/**
 * A check scoped to what changed since a git revision, for a pull request: every problem in the
 * files that changed, and the problems elsewhere that the change caused (a reference in an
 * unchanged chapter to a section the change removed), found by checking the handbook as it was at
 * the revision too; nothing that was already there.
 *
 * @param result  the check of the handbook as it is, with only those problems
 * @param changed the sources that differ from the revision, as paths from the handbook's root
 */
public record ChangedSince(BuildResult result, Set<Path> changed) {

    /** Checks the handbook at {@code root} against itself at {@code revision}. */
    public static ChangedSince check(Path root, String revision, Progress progress) throws RevisionException, IOException {
        try (RevisionCopy before = RevisionCopy.of(root, revision)) {
            BuildResult was = Handbook.build(BuildRequest.check(before.root()), Progress.NONE);
            BuildResult now = Handbook.build(BuildRequest.check(root), progress);
            Set<Path> changed = SourceFiles.changed(before.root(), root);
            return new ChangedSince(new BuildResult(scoped(now.diagnostics(), was.diagnostics(), changed), now.books(),
                    now.output()), changed);
        } catch (OutputFolderException | UnknownBookException e) {
            throw new IllegalStateException("a check writes no output and names no book", e);
        }
    }

    /** The problems in changed files, and the others that were not there before. */
    static List<Diagnostic> scoped(List<Diagnostic> now, List<Diagnostic> before, Set<Path> changed) {
        Set<String> already = before.stream().map(ChangedSince::key).collect(Collectors.toSet());
        return now.stream()
                .filter(diagnostic -> changed.contains(diagnostic.position().file()) || !already.contains(key(diagnostic)))
                .toList();
    }

    private static String key(Diagnostic diagnostic) {
        return diagnostic.position() + " " + diagnostic.code() + " " + diagnostic.message();
    }
}
