package org.handbook.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.handbook.BuildMemory;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.model.Diagnostic;
import org.handbook.model.DiagnosticJson;
import org.handbook.model.Progress;
import org.handbook.model.SitePath;
import org.handbook.publish.OutputFolderException;
import org.handbook.render.OutputSink;
import org.handbook.text.JsonText;

/**
 * {@code handbook serve}: builds a preview of the handbook into {@code out}, serves it, and on
 * every change of a source rebuilds it and tells the open tabs which pages changed. A rebuild
 * with errors publishes nothing, so the last good site stays served, and the tabs show the errors.
 */
public final class Preview implements AutoCloseable {

    /** What the terminal is told. */
    public interface Listener {
        void built(BuildResult result, Duration took, Set<String> changedPages);

        void failed(BuildResult result, Duration took);

        /** A rebuild that could not run at all, such as an output folder that cannot be written. */
        void trouble(String message);

        /** A rebuild stopped by a bug in handbook, not in the handbook: the last good site is still served. */
        default void crashed(Throwable failure, Duration took) {
            trouble("internal error in the rebuild: " + failure);
        }
    }

    /**
     * One build of the preview's pages into {@code sink}. A seam of its own so that a test can make
     * a rebuild fail as a bug in the pipeline would, whatever bugs the pipeline has today.
     */
    interface Build {
        BuildResult run(Path root, OutputSink sink, BuildMemory memory);
    }

    private static final Build PIPELINE = (root, sink, memory) -> Handbook.preview(root, sink, Progress.NONE, memory);
    static final String INTERNAL_ERROR = "HB-INTERNAL";

    private static final Duration QUIET = Duration.ofMillis(40);
    private static final Duration LONGEST_BURST = Duration.ofSeconds(2);

    private final Path root;
    private final PreviewFolder out;
    private final Listener listener;
    private final LiveReload reload = new LiveReload(PreviewServer.Limits.DEFAULT.listeners());
    private final PreviewServer server;
    private final SourceWatcher watcher;
    private final Thread watching;
    private final Build build;
    private volatile boolean good;
    private BuildMemory memory = new BuildMemory();

    private Preview(Path root, PreviewFolder out, InetSocketAddress address, Listener listener, Build build) throws IOException {
        this.root = root;
        this.out = out;
        this.listener = listener;
        this.build = build;
        try {
            this.server = new PreviewServer(address, () -> good ? Optional.of(out.path()) : Optional.empty(), reload,
                    PreviewServer.Limits.DEFAULT);
        } catch (IOException e) {
            reload.close();
            throw e;
        }
        try {
            this.watcher = new SourceWatcher(root, QUIET, LONGEST_BURST);
        } catch (IOException | RuntimeException e) {
            // Nothing bound is left behind when the sources cannot be watched.
            server.close();
            throw e;
        }
        this.watching = new Thread(() -> watcher.run(this::rebuildOrSay), "handbook-watch");
        this.watching.setDaemon(true);
    }

    /** Builds once, then serves and watches; the first build may fail, and the next good one is served. */
    public static Preview start(Path root, Path out, InetSocketAddress address, Listener listener)
            throws IOException, OutputFolderException {
        return start(root, out, address, listener, PIPELINE);
    }

    static Preview start(Path root, Path out, InetSocketAddress address, Listener listener, Build build)
            throws IOException, OutputFolderException {
        Handbook.verifyPreviewFolder(root, out);
        Preview preview = new Preview(root, new PreviewFolder(out), address, listener, build);
        long start = System.nanoTime();
        try {
            preview.rebuild();
        } catch (IOException | OutputFolderException | UncheckedIOException e) {
            preview.close();
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Served all the same, with the error in place of the site, until a save builds.
            preview.crashed(e, start);
        }
        preview.server.start();
        preview.watching.start();
        return preview;
    }

    public URI address() {
        return server.address();
    }

    /**
     * Rebuilds after {@code changed}, and says why when it cannot: whatever goes wrong, the watcher
     * goes on to the next save, which must never be ignored without a word.
     */
    private void rebuildOrSay(Set<Path> changed) {
        long start = System.nanoTime();
        try {
            synchronized (this) {
                memory.sourcesChanged(changed);
                rebuild();
            }
        } catch (IOException | OutputFolderException | UncheckedIOException e) {
            listener.trouble("cannot rebuild: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            crashed(e, start);
        }
    }

    /** Tells the tabs and the terminal of a bug that stopped a rebuild; the last good site stays served. */
    private synchronized void crashed(Throwable failure, long start) {
        // A build stopped halfway may have left its memory of pages half updated: the next one starts afresh.
        memory = new BuildMemory();
        DiagnosticJson internal = new DiagnosticJson(null, null, null, "error", INTERNAL_ERROR,
                "internal error: " + failure + ". This is a bug in handbook, not in your handbook.",
                "The last good site is still served, and the next save rebuilds; the terminal says more. Please report it"
                        + " with the change that caused it.");
        LiveReload.Event errors = new LiveReload.Event("errors", JsonText.of(Map.of("diagnostics", List.of(internal))));
        listener.crashed(failure, Duration.ofNanos(System.nanoTime() - start));
        reload.announce(errors, errors);
    }

    /** One rebuild; the watcher calls it once per burst of changes, never two at a time. */
    synchronized void rebuild() throws IOException, OutputFolderException {
        long start = System.nanoTime();
        Map<SitePath, byte[]> site = new ConcurrentHashMap<>();
        BuildResult result = build.run(root, site::put, memory);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (result.hasErrors()) {
            LiveReload.Event errors = new LiveReload.Event("errors", JsonText.of(Map.of("diagnostics", problems(result))));
            reload.announce(errors, errors);
            listener.failed(result, took);
            return;
        }
        Set<String> changed = out.update(site);
        good = true;
        boolean all = changed.stream().anyMatch(path -> !path.endsWith(".html"));
        reload.announce(LiveReload.Event.OK, new LiveReload.Event("reload", JsonText.of(Map.of("all", all, "changed", List.copyOf(changed)))));
        listener.built(result, Duration.ofNanos(System.nanoTime() - start), changed);
    }

    /** The errors, for the overlay: warnings stay in the terminal, where they do not hide the page. */
    private static List<DiagnosticJson> problems(BuildResult result) {
        return result.diagnostics().stream().filter(Diagnostic::isError).map(DiagnosticJson::of).toList();
    }

    int listeners() {
        return reload.listeners();
    }

    /** How many pages the last rebuild took as they were rendered before. */
    int pagesReused() {
        return memory.pagesReused();
    }

    @Override
    public void close() throws IOException {
        server.close();
        watcher.close();
        watching.interrupt();
    }
}
