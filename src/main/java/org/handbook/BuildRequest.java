package org.handbook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.handbook.model.BookId;
import org.handbook.search.PagefindBinary;

/**
 * What to build: the handbook at {@code root}; into {@code output} (or the folder its
 * configuration names) when {@code publish} is true, or nowhere when only checking; published at
 * {@code baseUrl} when given, instead of the configuration's {@code baseUrl}; and the date a
 * document of an edition without a date of its own carries ({@code SOURCE_DATE_EPOCH}), if any;
 * how to find the search engine, asked only when a site is published; and whether this is a
 * {@code preview}, the pages alone, without the print PDFs and the search index, which take
 * seconds where an editor waiting for a page to reload has milliseconds; and the books it builds
 * ({@code only}: all when empty), each shard of a build that CI's job matrix splits.
 */
public record BuildRequest(Path root, Optional<Path> output, boolean publish, Optional<String> baseUrl,
                           Optional<LocalDate> sourceDate, Supplier<PagefindBinary.Lookup> searchEngine,
                           boolean preview, Set<BookId> only) {

    public BuildRequest {
        only = Set.copyOf(only);
    }

    public static BuildRequest build(Path root, Optional<Path> output) {
        return new BuildRequest(root, output, true, Optional.empty(), Optional.empty(),
                () -> PagefindBinary.forThisMachine().find(), false, Set.of());
    }

    public static BuildRequest check(Path root) {
        return new BuildRequest(root, Optional.empty(), false, Optional.empty(), Optional.empty(),
                () -> new PagefindBinary.Unavailable("only checking", "build to index"), false, Set.of());
    }

    public BuildRequest withBaseUrl(Optional<String> url) {
        return new BuildRequest(root, output, publish, url, sourceDate, searchEngine, preview, only);
    }

    public BuildRequest withSourceDate(Optional<LocalDate> date) {
        return new BuildRequest(root, output, publish, baseUrl, date, searchEngine, preview, only);
    }

    public BuildRequest withSearchEngine(Supplier<PagefindBinary.Lookup> engine) {
        return new BuildRequest(root, output, publish, baseUrl, sourceDate, engine, preview, only);
    }

    /** Builds these books alone, with the files the whole site shares, for {@code handbook merge} to combine. */
    public BuildRequest only(Set<BookId> books) {
        return new BuildRequest(root, output, publish, baseUrl, sourceDate, searchEngine, preview, books);
    }

    /** Whether this request builds {@code book}: every book, unless it names some {@link #only}. */
    public boolean builds(BookId book) {
        return only.isEmpty() || only.contains(book);
    }

    public BuildRequest asPreview() {
        return new BuildRequest(root, output, publish, baseUrl, sourceDate, searchEngine, true, only);
    }
}
