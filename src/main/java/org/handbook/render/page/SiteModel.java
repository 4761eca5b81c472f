package org.handbook.render.page;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.handbook.config.Edition;
import org.handbook.config.HandbookConfig;
import org.handbook.link.LinkedBook;
import org.handbook.model.LanguageTag;
import org.handbook.model.SitePath;
import org.handbook.render.theme.Theme;

/**
 * The {@code site} of the template model: what a page says of the handbook and its book (title,
 * language, description, logo, edition) and where the book's shared pages are from this page.
 */
final class SiteModel {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "dv", "fa", "he", "ps", "ur", "yi");

    private final HandbookConfig config;
    private final Theme theme;
    private final Set<SitePath> changesPages;
    private final Set<SitePath> pdfs;
    private final Set<SitePath> epubs;
    /** The edition's date as each language writes it, made once rather than for every page (pages render in parallel). */
    private final Map<String, String> editionDates = new ConcurrentHashMap<>();

    SiteModel(HandbookConfig config, Theme theme, Set<SitePath> changesPages, Set<SitePath> pdfs, Set<SitePath> epubs) {
        this.config = config;
        this.theme = theme;
        this.changesPages = Set.copyOf(changesPages);
        this.pdfs = Set.copyOf(pdfs);
        this.epubs = Set.copyOf(epubs);
    }

    Map<String, Object> of(LinkedBook book, SitePath self) {
        Map<String, Object> site = site(book, book.home().hrefFrom(self));
        site.put("countries", book.countriesPage().map(path -> path.hrefFrom(self)).orElse(""));
        site.put("annexes", book.annexIndexPage().map(path -> path.hrefFrom(self)).orElse(""));
        site.put("subjectIndex", book.subjectIndexPage().map(path -> path.hrefFrom(self)).orElse(""));
        site.put("search", book.searchPage().hrefFrom(self));
        // Written after rendering, by the search stage; the theme's script copes with their absence.
        site.put("searchIndex", book.searchPage().resolve("../pagefind/pagefind.js").orElseThrow().hrefFrom(self));
        site.put("searchWords", book.searchPage().resolve("words.json").orElseThrow().hrefFrom(self));
        site.put("searchStrings", SearchWording.path(book).hrefFrom(self));
        SitePath changes = ChangesModels.pathOf(book);
        site.put("changes", changesPages.contains(changes) ? changes.hrefFrom(self) : "");
        SitePath pdf = PdfPaths.of(book);
        site.put("pdf", pdfs.contains(pdf) ? pdf.hrefFrom(self) : "");
        SitePath epub = EpubPaths.of(book);
        site.put("epub", epubs.contains(epub) ? epub.hrefFrom(self) : "");
        site.put("logo", logo(path -> path.hrefFrom(self)));
        return site;
    }

    /** The link to the logo of handbook.yml's {@code theme.logo}, or the empty text. */
    private String logo(Function<SitePath, String> href) {
        return config.theme().logo().map(theme.assets()::get).map(asset -> href.apply(asset.path())).orElse("");
    }

    /** The 404 page's: a host serves it at any address, so its links start at the site root. */
    Map<String, Object> ofMissingPage(LinkedBook book) {
        Map<String, Object> site = site(book, "/" + book.home().value());
        site.put("logo", logo(SitePath::url));
        return site;
    }

    private Map<String, Object> site(LinkedBook book, String homeHref) {
        LanguageTag language = book.language().tag();
        Edition edition = book.edition();
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", config.title(language));
        site.put("lang", language.value());
        site.put("dir", RIGHT_TO_LEFT.contains(language.locale().getLanguage()) ? "rtl" : "ltr");
        site.put("languageName", book.language().name());
        site.put("home", homeHref);
        Optional<Map.Entry<LanguageTag, String>> description = config.description(language);
        site.put("description", description.map(Map.Entry::getValue).orElse(""));
        site.put("descriptionLang", description.map(entry -> entry.getKey().value()).orElse(""));
        Map<String, Object> editionModel = new LinkedHashMap<>();
        editionModel.put("id", edition.id().value());
        editionModel.put("title", edition.title(language));
        editionModel.put("date", edition.date().map(Object::toString).orElse(""));
        editionModel.put("dateText", edition.date().map(date -> editionDates.computeIfAbsent(language.value() + " " + date,
                key -> new ReaderDates(language.value()).text(date.toString()))).orElse(""));
        editionModel.put("current", edition.isCurrent());
        site.put("edition", editionModel);
        return site;
    }
}
