package org.handbook.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.handbook.files.Folders;
import org.handbook.model.Diagnostics;
import org.handbook.model.SitePath;
import org.handbook.model.SourcePosition;
import org.handbook.render.BookSummary;
import org.handbook.render.OutputSink;
import org.handbook.text.JsonText;

/**
 * Indexes every book of a staged site with Pagefind, so a reader's browser fetches only its own
 * book's index: {@code <lang>/<edition>/pagefind/}, and {@code pagefind-2/}, {@code pagefind-3/}…
 * when the book has more pages than one run of Pagefind may take, listed in
 * {@code search/indexes.json}; for a language of an unspaced script, {@code search/words.json},
 * the words the index was built with, which the browser splits queries by.
 */
public final class SearchIndexer {

    public static final String CODE = "HB-SEARCH-UNAVAILABLE";
    /**
     * Pages per run of Pagefind. Its memory grows with the pages of one run (about 1.1 MiB per
     * page of Thai, whose words it segments, and a quarter of that for English, measured), so
     * bigger books are indexed in parts that the browser merges.
     */
    static final int PAGES_PER_INDEX = 1000;
    private static final SourcePosition CONFIG = SourcePosition.of(Path.of("handbook.yml"));

    private SearchIndexer() {
    }

    /**
     * Indexes the books of the site staged in {@code site}. Search is a convenience: when the
     * engine is missing or fails, the site keeps its title index and one warning says why.
     */
    public static void index(Path site, List<BookSummary> books, PagefindBinary.Lookup engine, OutputSink sink,
                             Diagnostics diagnostics) {
        index(site, books, engine, sink, diagnostics, PAGES_PER_INDEX);
    }

    static void index(Path site, List<BookSummary> books, PagefindBinary.Lookup engine, OutputSink sink,
                      Diagnostics diagnostics, int pagesPerIndex) {
        if (engine instanceof PagefindBinary.Unavailable missing) {
            warn(diagnostics, missing.reason(), missing.hint());
            return;
        }
        Path binary = ((PagefindBinary.Found) engine).binary();
        Path work = site.resolve(".search-work");
        try {
            for (BookSummary book : books) {
                String language = book.language().value();
                String edition = book.edition().value();
                try {
                    indexBook(binary, site.resolve(language).resolve(edition), language, work, pagesPerIndex)
                            .write(sink, language, edition);
                } catch (IOException e) {
                    warn(diagnostics, "Pagefind failed on " + language + "/" + edition + ": " + e.getMessage(),
                            "build again; if it fails again, set " + PagefindBinary.OVERRIDE_VARIABLE
                                    + "=off and report the message");
                    return;
                }
            }
        } finally {
            deleteQuietly(work);
        }
    }

    /** What the browser needs beside the bundles: their folders, and the words of an unspaced script. */
    private record BookIndex(List<String> bundles, SortedSet<String> words, boolean segmented) {

        void write(OutputSink sink, String language, String edition) {
            sink.write(SitePath.of(language, edition, "search", "indexes.json"), JsonText.of(bundles).getBytes(StandardCharsets.UTF_8));
            if (segmented) {
                sink.write(SitePath.of(language, edition, "search", "words.json"),
                        JsonText.of(List.copyOf(words)).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static BookIndex indexBook(Path binary, Path folder, String language, Path work, int pagesPerIndex)
            throws IOException {
        boolean segmented = WordSegmenter.needed(language);
        List<Path> pages = pages(folder);
        List<String> bundles = new ArrayList<>();
        SortedSet<String> words = new TreeSet<>();
        for (int start = 0, part = 1; start < pages.size() || part == 1; start += pagesPerIndex, part++) {
            List<Path> shard = pages.subList(Math.min(start, pages.size()), Math.min(start + pagesPerIndex, pages.size()));
            String bundle = part == 1 ? "pagefind" : "pagefind-" + part;
            bundles.add(bundle + "/");
            if (!segmented && shard.size() == pages.size()) {
                PagefindRun.index(binary, folder, folder.resolve(bundle));
                continue;
            }
            Path copy = Files.createDirectories(work.resolve(language + "-" + part));
            try {
                if (segmented) {
                    words.addAll(SegmentedCopy.write(folder, shard, copy, WordSegmenter.of(language)));
                } else {
                    linkInto(folder, shard, copy);
                }
                PagefindRun.index(binary, copy, folder.resolve(bundle));
            } finally {
                deleteQuietly(copy);
            }
        }
        return new BookIndex(bundles, words, segmented);
    }

    private static List<Path> pages(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** A part of the book for one run, as links to its pages (copies where links are not allowed). */
    private static void linkInto(Path folder, List<Path> pages, Path copy) throws IOException {
        for (Path page : pages) {
            Path target = copy.resolve(folder.relativize(page));
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, page);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(page, target);
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            Folders.deleteRecursively(folder);
        } catch (IOException e) {
            // Inside the staging folder: whatever is left goes with it if the build fails, and is
            // harmless if it is published, as no page links to it.
        }
    }

    private static void warn(Diagnostics diagnostics, String reason, String hint) {
        diagnostics.warning(CONFIG, CODE, "the site is built without its search index: " + reason
                + "; readers get the search page's list of titles instead", hint);
    }
}
