package org.handbook.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedHandbook;
import org.handbook.link.LinkedPage;
import org.handbook.link.Nesting;
import org.handbook.config.Edition;
import org.handbook.config.Language;
import org.handbook.model.PageKind;
import org.handbook.model.SitePath;
import org.handbook.model.Title;

/**
 * The pages rendered by the previous build, for a build that follows it in the same process (the
 * preview server's). A chapter or a country profile is rendered from its own linked record (its
 * text, numbers and resolved references, what refers to it) and from what every page shares: the
 * books, which pages each has and where, their titles, numbers and parts, the theme, the configuration
 * and the country data. When the shared part is as it was, a page whose own record is equal to
 * last time's is the same page, and its bytes are taken as they were.
 *
 * <p>The shared part is compared here, except the theme, the configuration and the country data:
 * whoever changes those (any file outside {@code chapters/}) must call {@link #invalidate()}.
 */
public final class RenderMemo {

    /** What every chapter page shows of the books around it, without any page's text: its navigation names the PDF's size. */
    record Shared(List<BookShape> books, Set<SitePath> changesPages, Downloads downloads) {
    }

    record BookShape(Language language, Edition edition, SitePath home, Optional<SitePath> countries,
                     Optional<SitePath> annexes, Optional<SitePath> subjectIndex, SitePath search, List<PageShape> pages) {

        static BookShape of(LinkedBook book) {
            return new BookShape(book.language(), book.edition(), book.home(), book.countriesPage(), book.annexIndexPage(),
                    book.subjectIndexPage(), book.searchPage(), book.pages().stream().map(PageShape::of).toList());
        }
    }

    record PageShape(String id, Title title, PageKind kind, SitePath path, Optional<String> number,
                     Map<String, String> sectionNumbers, Nesting nesting) {

        static PageShape of(LinkedPage page) {
            return new PageShape(page.page().frontMatter().id().value(), page.page().title(),
                    page.page().frontMatter().kind(), page.path(), page.number(), page.sectionNumbers(), page.nesting());
        }
    }

    private record Rendered(Object inputs, byte[] bytes) {
    }

    private final AtomicInteger reused = new AtomicInteger();
    private Shared shared;
    private boolean valid;
    private Map<SitePath, Rendered> previous = new ConcurrentHashMap<>();
    private Map<SitePath, Rendered> current = new ConcurrentHashMap<>();

    /** Forgets every page: the theme, the configuration or the country data may have changed. */
    public synchronized void invalidate() {
        valid = false;
    }

    synchronized void startBuild(LinkedHandbook handbook, Set<SitePath> changesPages, Downloads downloads) {
        Shared now = new Shared(handbook.books().stream().map(BookShape::of).toList(), Set.copyOf(changesPages),
                downloads);
        previous = valid && now.equals(shared) ? current : new ConcurrentHashMap<>();
        current = new ConcurrentHashMap<>();
        reused.set(0);
        shared = now;
        valid = true;
    }

    /** The page rendered last time from equal {@code inputs}, if any. */
    Optional<byte[]> find(SitePath path, Object inputs) {
        Rendered rendered = previous.get(path);
        if (rendered == null || !rendered.inputs().equals(inputs)) {
            return Optional.empty();
        }
        current.put(path, rendered);
        reused.incrementAndGet();
        return Optional.of(rendered.bytes());
    }

    void keep(SitePath path, Object inputs, byte[] bytes) {
        current.put(path, new Rendered(inputs, bytes));
    }

    /** How many pages the last build took from the memo. */
    public int reused() {
        return reused.get();
    }
}
