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
import org.handbook.link.LinkedPage;
import org.handbook.link.PageRef;
import org.handbook.model.SitePath;
import org.handbook.model.Title;

/**
 * The navigation of a book that every page of it shows ({@code navigation}): its chapters and
 * annexes (its parts with their chapters, and chapters with their sub-chapters), its country profiles, the pages that list or compare them, and its PDF, each marked
 * {@code current} on the page it leads to. The sidebar on a desktop and the menu on a phone.
 */
final class BookNavigation {

    private static final long KILOBYTE = 1_000;
    private static final long MEGABYTE = 1_000_000;

    private final Set<SitePath> changesPages;
    private final Map<SitePath, PrintedPdf> pdfs;
    /** What is the same on every page of a book, found once per book: pages are rendered in parallel. */
    private final Map<LinkedBook, List<LinkedCountry>> sortedCountries = new ConcurrentHashMap<>();
    private final Map<LinkedBook, String> pdfSizes = new ConcurrentHashMap<>();

    BookNavigation(Set<SitePath> changesPages, Map<SitePath, PrintedPdf> pdfs) {
        this.changesPages = Set.copyOf(changesPages);
        this.pdfs = Map.copyOf(pdfs);
    }

    Map<String, Object> of(LinkedBook book, SitePath self, Map<String, String> strings) {
        String language = book.language().tag().value();
        Map<String, Object> navigation = new LinkedHashMap<>();
        List<Map<String, Object>> chapters = new ArrayList<>();
        List<Map<String, Object>> annexes = new ArrayList<>();
        for (LinkedPage page : book.top()) {
            Map<String, Object> entry = page(book, page, self, strings);
            (page.page().frontMatter().kind().isLettered() ? annexes : chapters).add(entry);
        }
        navigation.put("chapters", chapters);
        navigation.put("nested", book.isNested());
        navigation.put("annexes", annexes);
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
        return navigation;
    }

    /**
     * A page's entry, with the pages it holds ({@code children}: a part's chapters, a chapter's
     * sub-chapters); {@code open} when the page being read is it or one of them.
     */
    private static Map<String, Object> page(LinkedBook book, LinkedPage page, SitePath self, Map<String, String> strings) {
        Map<String, Object> entry = entry(page.ref(), self);
        entry.put("number", PageModels.numberLabel(page, strings));
        entry.put("kind", page.page().frontMatter().kind().label());
        entry.put("lang", page.translation().contentLanguage().value());
        List<LinkedPage> held = book.children(page);
        // Most entries hold none: one empty list for them all, on every page of a long book.
        List<Map<String, Object>> children = held.isEmpty() ? List.of() : new ArrayList<>();
        boolean open = page.path().equals(self);
        for (LinkedPage child : held) {
            Map<String, Object> childEntry = page(book, child, self, strings);
            open |= (boolean) childEntry.get("open");
            children.add(childEntry);
        }
        entry.put("children", children);
        entry.put("open", open);
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

    private static Map<String, Object> entry(PageRef page, SitePath self) {
        Map<String, Object> entry = PageModels.link(page, self);
        entry.put("current", page.path().equals(self));
        return entry;
    }
}
