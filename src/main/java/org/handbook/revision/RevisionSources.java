package org.handbook.revision;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handbook.HandbookSources;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Writes the handbook's sources as they were at a git revision into a folder, from the
 * repository's objects: the working tree, the index and the branches are left as they are, and
 * no git program is needed. Only the handbook's own files are written ({@link SourceFiles}); a
 * symbolic link in the tree is left out, as a build refuses them anyway.
 */
final class RevisionSources {

    private RevisionSources() {
    }

    /**
     * @param root     the handbook's folder, in a git repository's working tree (or a subfolder of it)
     * @param revision what git would take: a commit, branch, tag, "HEAD~1", "origin/main"
     * @param into     an empty folder, which becomes the handbook's root as it was
     */
    static void extract(Path root, String revision, Path into) throws RevisionException, IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile()).setMustExist(true);
        if (builder.getGitDir() == null) {
            throw new RevisionException(root.toAbsolutePath().normalize() + " is not in a git repository, so it has no revision "
                    + revision + " to compare with");
        }
        try (Repository repository = builder.build(); RevWalk commits = new RevWalk(repository);
             TreeWalk files = new TreeWalk(repository)) {
            ObjectId commit = resolve(repository, revision);
            String prefix = repository.getWorkTree().toPath().toRealPath().relativize(root.toRealPath()).toString()
                    .replace('\\', '/');
            files.addTree(commits.parseCommit(commit).getTree());
            files.setRecursive(true);
            if (!prefix.isEmpty()) {
                files.setFilter(PathFilter.create(prefix));
            }
            while (files.next()) {
                FileMode mode = files.getFileMode(0);
                String path = prefix.isEmpty() ? files.getPathString() : files.getPathString().substring(prefix.length() + 1);
                if ((mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) || !HandbookSources.isSource(Path.of(path))) {
                    continue;
                }
                Path target = into.resolve(path).normalize();
                if (!target.startsWith(into)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    repository.open(files.getObjectId(0)).copyTo(out);
                }
            }
        } catch (RepositoryNotFoundException e) {
            throw new RevisionException("cannot open the git repository around " + root + ": " + e.getMessage());
        }
    }

    private static ObjectId resolve(Repository repository, String revision) throws RevisionException, IOException {
        ObjectId commit;
        try {
            commit = repository.resolve(revision + "^{commit}");
        } catch (RevisionSyntaxException e) {
            commit = null;
        }
        if (commit == null) {
            throw new RevisionException("'" + revision + "' names no commit of this repository; give a commit, a branch"
                    + " or a tag (a shallow clone may need: git fetch --deepen=50)");
        }
        return commit;
    }
}
