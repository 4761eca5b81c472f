package org.handbook.render.page;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedCountry;
import org.handbook.link.PageRef;
import org.handbook.model.SitePath;
import org.handbook.model.Title;

/**
 * The navigation of a book that every page of it shows ({@code navigation}): its chapters and
 * annexes (its parts with their chapters, and chapters with their sub-chapters), its country profiles, the pages that list or compare them, and its PDF, each marked
 * {@code current} on the page it leads to. The sidebar on a desktop and the menu on a phone. A
 * long book's navigation is pruned ({@link NavigationListing}).
 */
final class BookNavigation {

    private static final long KILOBYTE = 1_000;
    private static final long MEGABYTE = 1_000_000;

    private final Set<SitePath> changesPages;
    private final Map<SitePath, PrintedPdf> pdfs;
    private final Map<SitePath, WrittenEpub> epubs;
    /** What is the same on every page of a book, found once per book: pages are rendered in parallel. */
    private final Map<LinkedBook, List<LinkedCountry>> sortedCountries = new ConcurrentHashMap<>();
    private final Map<LinkedBook, String> pdfSizes = new ConcurrentHashMap<>();
    private final Map<LinkedBook, String> epubSizes = new ConcurrentHashMap<>();
    private final Map<LinkedBook, NavigationTree> trees = new ConcurrentHashMap<>();

    BookNavigation(Set<SitePath> changesPages, Map<SitePath, PrintedPdf> pdfs, Map<SitePath, WrittenEpub> epubs) {
        this.changesPages = Set.copyOf(changesPages);
        this.pdfs = Map.copyOf(pdfs);
        this.epubs = Map.copyOf(epubs);
    }

    Map<String, Object> of(LinkedBook book, SitePath self, Map<String, String> strings) {
        String language = book.language().tag().value();
        NavigationTree tree = trees.computeIfAbsent(book, NavigationTree::new);
        NavigationListing listing = new NavigationListing(tree, self, strings, BookSize.prunesNavigation(book));
        Map<String, Object> navigation = new LinkedHashMap<>();
        navigation.put("pruned", listing.pruned());
        listing.put(navigation, "chapters", tree.chapters(), book.home().hrefFrom(self) + "#contents-title");
        navigation.put("nested", book.isNested());
        listing.put(navigation, "annexes", tree.annexes(), book.annexIndexPage().map(index -> index.hrefFrom(self))
                .orElse(book.home().hrefFrom(self) + "#annexes-title"));
        navigation.put("annexIndex", optional(strings.getOrDefault("annexes", "Annexes"), book.annexIndexPage(), self));
        Object countries = book.countriesPage().<Object>map(list -> {
            Map<String, Object> entry = entry(strings.getOrDefault("countries", "Countries"), list, self);
            List<Map<String, Object>> profiles = new ArrayList<>();
            for (LinkedCountry country : sortedCountries.computeIfAbsent(book, CountryModels::sorted)) {
                profiles.add(entry(country.profile().name(language), country.path(), self));
            }
            entry.put("profiles", profiles);
            return entry;
        }).orElse("");
        navigation.put("countries", countries);
        navigation.put("subjectIndex", optional(strings.getOrDefault("subjectIndex", "Index"), book.subjectIndexPage(), self));
        SitePath changes = ChangesModels.pathOf(book);
        navigation.put("changes", optional(strings.getOrDefault("changes", "What changed"),
                changesPages.contains(changes) ? Optional.of(changes) : Optional.empty(), self));
        navigation.put("search", entry(strings.getOrDefault("search", "Search"), book.searchPage(), self));
        navigation.put("pdf", pdf(book, self, strings));
        navigation.put("epub", epub(book, self, strings));
        return navigation;
    }

    /** The e-book's link and what a reader is told of it before downloading: "EPUB, 1.2 MB". */
    private Object epub(LinkedBook book, SitePath self, Map<String, String> strings) {
        WrittenEpub epub = epubs.get(EpubPaths.of(book));
        if (epub == null) {
            return "";
        }
        String size = epubSizes.computeIfAbsent(book, written -> size(epub.bytes(), written.language().tag().locale()));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("title", strings.getOrDefault("nav.epub", "EPUB, {size}").replace("{size}", size));
        entry.put("href", epub.path().hrefFrom(self));
        entry.put("size", size);
        return entry;
    }

    /** The PDF's link and what a reader is told of it before downloading: "PDF, 1.2 MB, 84 pages". */
    private Object pdf(LinkedBook book, SitePath self, Map<String, String> strings) {
        PrintedPdf pdf = pdfs.get(PdfPaths.of(book));
        if (pdf == null) {
            return "";
        }
        String size = pdfSizes.computeIfAbsent(book, printed -> size(pdf.bytes(), printed.language().tag().locale()));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("title", strings.getOrDefault("nav.pdf", "PDF, {size}, {pages} pages")
                .replace("{size}", size).replace("{pages}", Integer.toString(pdf.pages())));
        entry.put("href", pdf.path().hrefFrom(self));
        entry.put("size", size);
        entry.put("pages", pdf.pages());
        entry.put("sha256", pdf.sha256());
        return entry;
    }

    /** A size as readers of {@code locale} write it, in decimal units: "840 kB", "1.2 MB" ("1,2 MB" in Indonesian). */
    static String size(long bytes, java.util.Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        if (bytes >= MEGABYTE) {
            return format.format(bytes / (double) MEGABYTE) + "\u00a0MB";
        }
        format.setMaximumFractionDigits(0);
        return format.format(Math.max(1, Math.round(bytes / (double) KILOBYTE))) + "\u00a0kB";
    }

    private static Object optional(String title, Optional<SitePath> target, SitePath self) {
        return target.<Object>map(path -> entry(title, path, self)).orElse("");
    }

    private static Map<String, Object> entry(String title, SitePath target, SitePath self) {
        return entry(new PageRef(Title.plain(title), target), self);
    }

    static Map<String, Object> entry(PageRef page, SitePath self) {
        Map<String, Object> entry = PageModels.link(page, self);
        entry.put("current", page.path().equals(self));
        return entry;
    }
}
