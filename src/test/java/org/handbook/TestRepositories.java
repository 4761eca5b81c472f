package org.handbook;

import java.nio.file.Path;
import org.eclipse.jgit.api.Git;

/** Git repositories made at test time, for the checks and reviews that compare with a revision. */
public final class TestRepositories {

    private TestRepositories() {
    }

    /** Commits everything in {@code repository} (made a repository on branch main first, if it is not one). */
    public static void commitAll(Path repository, String message) throws Exception {
        Git git = repository.resolve(".git").toFile().exists() ? Git.open(repository.toFile())
                : Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call();
        try (git) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage(message).setAuthor("Editor", "editor@example.org")
                    .setCommitter("Editor", "editor@example.org").setSign(false).call();
        }
    }
}
