package org.handbook.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a handbook's sources: {@code handbook.yml} and the source folders, recursively, folders
 * created later included. A burst of changes (a save that writes twice, a checkout that touches
 * hundreds of files) is delivered once, when no change has come for {@code quiet}, or after
 * {@code longest} at the latest.
 */
final class SourceWatcher implements AutoCloseable {

    static final List<String> FOLDERS = List.of("chapters", "countries", "theme", "editions", "images");
    private static final String CONFIG = "handbook.yml";

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Duration quiet;
    private final Duration longest;

    SourceWatcher(Path root, Duration quiet, Duration longest) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        this.longest = longest;
        register(this.root);
        for (String folder : FOLDERS) {
            registerTree(this.root.resolve(folder));
        }
    }

    /** Delivers each burst of changed paths (relative to the root) until the watcher is closed. */
    void run(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                collect(service.take(), changed);
                long deadline = System.nanoTime() + longest.toNanos();
                WatchKey next;
                while (System.nanoTime() < deadline && (next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: the server is stopping
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(Path.of(""));
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            Path relative = root.relativize(path);
            if (folder.equals(root) && !isSource(relative)) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                registerQuietly(path);
            }
            changed.add(relative);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private static boolean isSource(Path relative) {
        String name = relative.toString();
        return name.equals(CONFIG) || FOLDERS.contains(name);
    }

    private void registerQuietly(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException e) {
            // A folder that vanished before it could be watched: the rebuild sees the state as it is.
        }
    }

    private void registerTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path each : tree.filter(Files::isDirectory).toList()) {
                register(each);
            }
        }
    }

    private void register(Path folder) throws IOException {
        WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
        folders.put(key, folder);
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
