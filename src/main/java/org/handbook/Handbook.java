package org.handbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.handbook.changes.EditionChanges;
import org.handbook.changes.EditionComparison;
import org.handbook.config.ConfigLoader;
import org.handbook.config.HandbookConfig;
import org.handbook.epub.EpubRenderer;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedHandbook;
import org.handbook.link.Linker;
import org.handbook.load.Loader;
import org.handbook.load.Sources;
import org.handbook.model.Diagnostics;
import org.handbook.model.Progress;
import org.handbook.parse.ParseMemo;
import org.handbook.parse.ParsedHandbook;
import org.handbook.parse.Parser;
import org.handbook.pdf.PdfRenderer;
import org.handbook.press.Press;
import org.handbook.publish.OutputFolderException;
import org.handbook.publish.Publisher;
import org.handbook.publish.Staging;
import org.handbook.render.BookSummary;
import org.handbook.render.Downloads;
import org.handbook.render.Manifest;
import org.handbook.render.OutputSink;
import org.handbook.render.SiteRenderer;
import org.handbook.render.theme.Theme;
import org.handbook.render.theme.ThemeLoader;
import org.handbook.search.SearchIndexer;
import org.handbook.shard.ShardFile;

/** The whole build: calls each stage in turn and does no work of its own. */
public final class Handbook {

    private static final OutputSink NOWHERE = (path, content) -> { };

    /** What the build reads, relative to the handbook root: output may never go there. */
    /** The folders a handbook's sources are in, beside handbook.yml. */
    public static final List<Path> SOURCE_FOLDERS =
            List.of(Path.of("chapters"), Path.of("countries"), Path.of("editions"), Path.of("theme"));

    private Handbook() {
    }

    /** The handbook read, parsed and linked, not rendered: for commands that report on it. */
    public static LinkResult link(Path root, Progress progress) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<LinkedHandbook> linked = ConfigLoader.load(root, diagnostics)
                .map(config -> Linker.link(Parser.parse(Loader.load(config, diagnostics), diagnostics, progress), diagnostics));
        return new LinkResult(diagnostics.sorted(), linked);
    }

    /**
     * A preview of the pages (no print PDFs, no search index) rendered into {@code sink} whatever
     * the errors, for a caller that keeps what it was given and publishes it only without errors:
     * {@code handbook serve}, which then writes only the files that changed, and keeps {@code memory}
     * from one preview to the next so that only what a change affects is parsed and rendered again.
     */
    public static BuildResult preview(Path root, OutputSink sink, Progress progress, BuildMemory memory) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<HandbookConfig> config = ConfigLoader.load(root, diagnostics);
        if (config.isEmpty()) {
            return new BuildResult(diagnostics.sorted(), List.of(), Optional.empty());
        }
        Prepared prepared = prepare(config.get(), diagnostics, progress, memory.parsed());
        List<BookSummary> books = SiteRenderer.render(prepared.linked(), prepared.changes(), Downloads.none(), prepared.theme(), sink,
                diagnostics, progress, memory.rendered());
        return result(config.get(), diagnostics, books, Optional.empty());
    }

    /** Checks that a preview may be written into {@code output}, as a build checks its output folder. */
    public static void verifyPreviewFolder(Path root, Path output) throws OutputFolderException, IOException {
        Publisher.verify(output, root, SOURCE_FOLDERS);
    }

    /** @throws UnknownBookException when the request names a book ({@code only}) the handbook does not have */
    public static BuildResult build(BuildRequest request, Progress progress)
            throws OutputFolderException, IOException, UnknownBookException {
        Diagnostics diagnostics = new Diagnostics();
        Optional<HandbookConfig> config = ConfigLoader.load(request.root(), diagnostics)
                .map(loaded -> request.baseUrl().map(loaded::withBaseUrl).orElse(loaded));
        if (config.isEmpty()) {
            return new BuildResult(diagnostics.sorted(), List.of(), Optional.empty());
        }
        Shards.verify(request.only(), config.get());
        Optional<Path> output = request.publish()
                ? Optional.of(request.output().orElse(config.get().root().resolve(config.get().outputDir())))
                : Optional.empty();
        if (output.isPresent()) {
            Publisher.verify(output.get(), config.get().root(), SOURCE_FOLDERS);
        }
        Prepared prepared = prepare(config.get(), diagnostics, progress, new ParseMemo());
        LinkedHandbook linked = prepared.linked();
        List<EditionChanges> changes = prepared.changes();
        Theme theme = prepared.theme();
        if (output.isEmpty() || diagnostics.hasErrors()) {
            // Rendering still runs, to report template errors too, but nothing is staged. Checking what
            // would print lays no page out and gives the pages nothing, so it runs beside them.
            CompletableFuture<Void> printCheck = request.preview() ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.runAsync(() -> {
                        PdfRenderer.render(linked, theme, NOWHERE, diagnostics, false, request.sourceDate(), Progress.NONE);
                        Press.check(linked.config(), diagnostics);
                    }, task -> new Thread(task, "print-check").start());
            List<BookSummary> books = SiteRenderer.render(linked, changes, Downloads.none(), theme, NOWHERE, diagnostics, progress);
            joined(printCheck);
            return result(config.get(), diagnostics, books, Optional.empty());
        }
        Predicate<LinkedBook> built = book -> request.builds(Shards.idOf(book));
        try (Staging staging = Publisher.stage(output.get())) {
            List<Manifest.PdfEntry> printed = request.preview() ? List.of()
                    : PdfRenderer.render(linked, theme, staging, diagnostics, !diagnostics.hasErrors(), request.sourceDate(),
                            progress, built);
            List<Manifest.PdfEntry> pdfs = request.preview() || linked.config().pdf().press().isEmpty() ? printed
                    : timed(progress, "press", printed.size(), () -> Press.render(linked, theme, printed, staging.folder(),
                            staging, diagnostics, request.sourceDate()));
            List<Manifest.EpubEntry> epubs = request.preview() || diagnostics.hasErrors() ? List.of()
                    : EpubRenderer.render(linked, theme, staging, diagnostics, request.sourceDate(), progress, built);
            List<BookSummary> books = SiteRenderer.render(linked, changes, new Downloads(pdfs, epubs), theme, staging,
                    diagnostics, progress, built);
            if (!request.only().isEmpty()) {
                staging.write(ShardFile.PATH, Shards.file(linked, built, request).bytes());
            }
            if (!diagnostics.hasErrors() && !request.preview()) {
                timed(progress, "search", books.size(), () -> {
                    SearchIndexer.index(staging.folder(), books, request.searchEngine().get(), staging, diagnostics);
                    return books;
                });
            }
            if (!diagnostics.hasErrors()) {
                staging.commit();
            }
            return result(config.get(), diagnostics, books, diagnostics.hasErrors() ? Optional.empty() : output);
        }
    }

    /** Waits for {@code work}, and fails as it failed. */
    private static void joined(CompletableFuture<Void> work) {
        try {
            work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** What every build renders from: the handbook linked, its editions compared, and the theme. */
    private record Prepared(LinkedHandbook linked, List<EditionChanges> changes, Theme theme) {
    }

    private static Prepared prepare(HandbookConfig config, Diagnostics diagnostics, Progress progress, ParseMemo parsed) {
        Sources sources = timed(progress, "load", 0, () -> Loader.load(config, diagnostics));
        ParsedHandbook parsedHandbook = Parser.parse(sources, diagnostics, progress, parsed);
        LinkedHandbook linked = timed(progress, "link", 0, () -> Linker.link(parsedHandbook, diagnostics));
        List<EditionChanges> changes = timed(progress, "compare editions", 0, () -> EditionComparison.compare(linked));
        return new Prepared(linked, changes, ThemeLoader.load(config, diagnostics));
    }

    /** Runs a stage with nothing to count as one step of {@code progress}, so a verbose log times it. */
    private static <T> T timed(Progress progress, String stage, long total, Supplier<T> work) {
        progress.started(stage, total, "books");
        try {
            return work.get();
        } finally {
            progress.finished();
        }
    }

    private static BuildResult result(HandbookConfig config, Diagnostics diagnostics, List<BookSummary> books,
                                      Optional<Path> output) {
        return new BuildResult(IgnoreList.apply(config.ignoredWarnings(), diagnostics.sorted()), books, output);
    }
}
