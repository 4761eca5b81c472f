package org.handbook.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.handbook.model.Diagnostics;
import org.handbook.model.SitePath;
import org.handbook.model.SourcePosition;
import org.handbook.render.BookSummary;
import org.handbook.render.OutputSink;
import org.handbook.text.JsonText;

/**
 * Indexes every book of a staged site: one Pagefind bundle per language and edition, in
 * {@code <lang>/<edition>/pagefind/}, so a reader's browser fetches only its own book's index;
 * and, for a language of an unspaced script, {@code <lang>/<edition>/search/words.json}, the
 * words the index was built with, which the browser splits queries by.
 */
public final class SearchIndexer {

    public static final String CODE = "HB-SEARCH-UNAVAILABLE";
    private static final SourcePosition CONFIG = SourcePosition.of(Path.of("handbook.yml"));
    private static final long TIMEOUT_MINUTES = 30;
    /** What a Pagefind bundle holds that our own search script does not use: its ready-made interfaces. */
    private static final List<String> UNUSED = List.of("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js",
            "pagefind-modular-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js");

    private SearchIndexer() {
    }

    /**
     * Indexes the books of the site staged in {@code site}. Search is a convenience: when the
     * engine is missing or fails, the site keeps its title index and one warning says why.
     */
    public static void index(Path site, List<BookSummary> books, PagefindBinary.Lookup engine, OutputSink sink,
                             Diagnostics diagnostics) {
        if (engine instanceof PagefindBinary.Unavailable missing) {
            warn(diagnostics, missing.reason(), missing.hint());
            return;
        }
        Path binary = ((PagefindBinary.Found) engine).binary();
        for (BookSummary book : books) {
            String language = book.language().value();
            Path folder = site.resolve(language).resolve(book.edition().value());
            try {
                indexBook(binary, folder, language, SitePath.of(language, book.edition().value(), "search", "words.json"), sink);
            } catch (IOException e) {
                warn(diagnostics, "Pagefind failed on " + language + "/" + book.edition().value() + ": " + e.getMessage(),
                        "build again; if it fails again, set " + PagefindBinary.OVERRIDE_VARIABLE
                                + "=off and report the message");
                return;
            }
        }
    }

    private static void indexBook(Path binary, Path folder, String language, SitePath wordList, OutputSink sink)
            throws IOException {
        Path bundle = folder.resolve("pagefind");
        if (!WordSegmenter.needed(language)) {
            run(binary, folder, bundle);
        } else {
            Path copy = Files.createTempDirectory("handbook-search-");
            try {
                SortedSet<String> words = SegmentedCopy.write(folder, copy, WordSegmenter.of(language));
                run(binary, copy, bundle);
                sink.write(wordList, JsonText.of(List.copyOf(words)).getBytes(StandardCharsets.UTF_8));
            } finally {
                deleteRecursively(copy);
            }
        }
        for (String unused : UNUSED) {
            Files.deleteIfExists(bundle.resolve(unused));
        }
    }

    private static void run(Path binary, Path pages, Path bundle) throws IOException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--site", pages.toString(),
                "--output-path", bundle.toString(), "--silent"));
        Path log = Files.createTempFile("handbook-pagefind-", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("it ran for more than " + TIMEOUT_MINUTES + " minutes");
            }
            if (process.exitValue() != 0) {
                throw new IOException("exit code " + process.exitValue() + ": " + lastLines(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static String lastLines(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.filter(line -> !line.isBlank()).toList();
            return String.join(" / ", all.subList(Math.max(0, all.size() - 3), all.size()));
        }
    }

    private static void warn(Diagnostics diagnostics, String reason, String hint) {
        diagnostics.warning(CONFIG, CODE, "the site is built without its search index: " + reason
                + "; readers get the search page's list of titles instead", hint);
    }
}
