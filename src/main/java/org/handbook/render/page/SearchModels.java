package org.handbook.render.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedCountry;
import org.handbook.link.LinkedPage;
import org.handbook.model.PageKind;
import org.handbook.model.SitePath;
import org.handbook.parse.Heading;

/**
 * The search page of a book: the search form, and every page, section and country profile by its
 * title (with its number), in reading order, so that a reader without JavaScript can still find
 * a title with the browser's find in page. A long book's page lists its pages alone ({@link BookSize}).
 */
public final class SearchModels {

    /** Sections down to this level are listed; deeper ones would drown the page titles. */
    private static final int DEEPEST_LEVEL = 3;

    private final PageModels pages;

    public SearchModels(PageModels pages) {
        this.pages = pages;
    }

    /**
     * {@code entries}: each page with {@code title}, {@code href}, {@code number}, {@code lang}
     * and {@code sections} ({@code title}, {@code href}, {@code number}, {@code level});
     * {@code countries}: the country list's {@code title} and {@code href}, and its
     * {@code profiles} ({@code title}, {@code href}), or empty when the book has none.
     */
    public Map<String, Object> search(LinkedBook book) {
        SitePath self = book.searchPage();
        String title = pages.strings(book.language().tag()).getOrDefault("search", "Search");
        Map<String, Object> model = pages.listPage(book, self, PageKind.SEARCH, "search", title, "chapters",
                other -> Optional.of(other.searchPage()));
        List<Map<String, Object>> entries = new ArrayList<>();
        boolean listsSections = BookSize.listsSections(book);
        for (LinkedPage page : book.pages()) {
            Map<String, Object> entry = PageModels.link(page.ref(), self);
            entry.put("number", PageModels.numberLabel(page, pages.strings(book.language().tag())));
            entry.put("annex", page.page().frontMatter().kind().isLettered());
            entry.put("lang", page.translation().contentLanguage().value());
            String href = page.path().hrefFrom(self);
            List<Map<String, Object>> sections = new ArrayList<>();
            for (Heading heading : listsSections ? page.page().outline().headings() : List.<Heading>of()) {
                if (heading.level() >= 2 && heading.level() <= DEEPEST_LEVEL) {
                    Map<String, Object> section = PageModels.link(heading.text(), href + "#" + heading.id().value());
                    section.put("number", page.sectionNumbers().getOrDefault(heading.id().value(), ""));
                    section.put("level", heading.level());
                    sections.add(section);
                }
            }
            entry.put("sections", sections);
            entries.add(entry);
        }
        model.put("entries", entries);
        model.put("sectionsListed", listsSections);
        model.put("countries", book.countriesPage().<Object>map(list -> countries(book, list, self)).orElse(""));
        return model;
    }

    private Map<String, Object> countries(LinkedBook book, SitePath list, SitePath self) {
        String language = book.language().tag().value();
        Map<String, Object> countries = new LinkedHashMap<>(PageModels.link(
                pages.strings(book.language().tag()).getOrDefault("countries", "Countries"), list, self));
        List<Map<String, Object>> profiles = new ArrayList<>();
        for (LinkedCountry country : CountryModels.sorted(book)) {
            profiles.add(PageModels.link(country.profile().name(language), country.path(), self));
        }
        countries.put("profiles", profiles);
        return countries;
    }
}
