package org.handbook.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches a handbook's sources: {@code handbook.yml} and the source folders, recursively, folders created later
 * included. A burst of changes (a save that writes twice, a checkout that touches hundreds of files) is delivered
 * once, when no change has come for {@code quiet}, or after {@code longest} at the latest.
 *
 * <p>The watching is io.methvin's directory-watcher: it follows new folders itself, and on macOS it listens to the
 * system's file events, where the JDK's watcher only polls every few seconds. Only the handbook's own folders are
 * walked, so the build's output, a {@code .git} folder or {@code node_modules} beside them cost nothing.
 */
final class SourceWatcher implements AutoCloseable {

    static final List<String> FOLDERS = List.of("chapters", "countries", "theme", "editions", "images");
    private static final String CONFIG = "handbook.yml";
    /** Stands in the queue for "the watcher is closed". */
    private static final Path CLOSED = Path.of(".closed");

    private final Path root;
    private final DirectoryWatcher watcher;
    private final BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
    private final Duration quiet;
    private final Duration longest;

    SourceWatcher(Path root, Duration quiet, Duration longest) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.quiet = quiet;
        this.longest = longest;
        this.watcher = DirectoryWatcher.builder()
                .path(this.root)
                .fileHashing(false)
                .fileTreeVisitor(this::visitSources)
                .logger(NOPLogger.NOP_LOGGER)
                .listener(this::noted)
                .build();
        watcher.watchAsync();
    }

    /** Delivers each burst of changed paths (relative to the root) until the watcher is closed. */
    void run(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                Path first = changes.take();
                if (first == CLOSED) {
                    return;
                }
                changed.add(first);
                long deadline = System.nanoTime() + longest.toNanos();
                Path next;
                while (System.nanoTime() < deadline && (next = changes.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    if (next == CLOSED) {
                        return;
                    }
                    changed.add(next);
                }
                onChange.accept(changed);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void noted(DirectoryChangeEvent event) {
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || event.path() == null) {
            // Events were lost: the rebuild reads everything as it is.
            changes.add(Path.of(""));
            return;
        }
        Path relative = root.relativize(event.path().toAbsolutePath().normalize());
        if (isSource(relative)) {
            changes.add(relative);
        }
    }

    /** handbook.yml, or a path in one of the source folders; never the build's output or anything else beside them. */
    private static boolean isSource(Path relative) {
        if (relative.getNameCount() == 0 || relative.toString().isEmpty()) {
            return false;
        }
        String first = relative.getName(0).toString();
        return relative.getNameCount() == 1 ? first.equals(CONFIG) || FOLDERS.contains(first) : FOLDERS.contains(first);
    }

    /**
     * How the watcher walks a folder it is told to watch (the root, or a folder created later): the root itself, then
     * only the source folders within it, so that no other folder is registered or followed.
     */
    private void visitSources(Path folder, FileTreeVisitor.Callback onDirectory, FileTreeVisitor.Callback onFile)
            throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (absolute.equals(root)) {
            onDirectory.call(root);
            for (String name : FOLDERS) {
                walk(root.resolve(name), onDirectory, onFile);
            }
        } else if (absolute.startsWith(root) && isSource(root.relativize(absolute))) {
            walk(absolute, onDirectory, onFile);
        }
    }

    private static void walk(Path folder, FileTreeVisitor.Callback onDirectory, FileTreeVisitor.Callback onFile)
            throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path each : tree.toList()) {
                if (Files.isDirectory(each)) {
                    onDirectory.call(each);
                } else {
                    onFile.call(each);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            // A folder removed while it was walked: the next event says what is there now.
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        changes.add(CLOSED);
    }
}
