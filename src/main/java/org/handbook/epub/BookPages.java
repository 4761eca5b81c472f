package org.handbook.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedCountry;
import org.handbook.link.LinkedPage;
import org.handbook.model.PageKind;
import org.handbook.model.SitePath;
import org.handbook.model.Title;
import org.handbook.parse.Heading;
import org.handbook.render.page.CountryModels;
import org.handbook.render.page.PageModels;
import org.handbook.render.page.SubjectIndexModels;
import org.handbook.render.template.TemplateFailure;
import org.handbook.render.theme.Theme;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The documents of a book's e-book, in reading order: its pages as the contents nest them (parts,
 * chapters, sub-chapters, annexes, the table of authorities), the country profiles and the subject
 * index. Each takes the site's text of its page, so that it reads as the site does: a chapter its
 * rendered content; the table of authorities, a profile and the index what the theme's templates
 * show of them, without the site's navigation.
 */
final class BookPages {

    /** The document that opens the country profiles, which the site's list of countries leads to. */
    static final String COUNTRIES = "countries.xhtml";

    private final LinkedBook book;
    private final Theme theme;
    private final PageModels models;
    private final Map<String, String> strings;

    BookPages(LinkedBook book, Theme theme, PageModels models) {
        this.book = book;
        this.theme = theme;
        this.models = models;
        this.strings = models.strings(book.language().tag());
    }

    /** @throws TemplateFailure when the theme cannot show a profile or the index (the site reports it too) */
    List<EpubPage> pages() throws TemplateFailure {
        List<EpubPage> pages = new ArrayList<>();
        for (LinkedPage page : book.top()) {
            pages.add(page(page));
        }
        Optional<EpubPage> countries = countries();
        countries.ifPresent(pages::add);
        Optional<EpubPage> index = subjectIndex();
        index.ifPresent(pages::add);
        return pages;
    }

    private EpubPage page(LinkedPage page) throws TemplateFailure {
        String id = page.page().frontMatter().id().value();
        Map<String, Object> model = models.chapter(book, page);
        @SuppressWarnings("unchecked")
        Map<String, Object> pageModel = (Map<String, Object>) model.get("page");
        String number = (String) pageModel.get("number");
        PageKind kind = page.page().frontMatter().kind();
        Title title = page.page().title();
        String prefix = number.isEmpty() ? "" : (kind.isLettered() ? strings.getOrDefault("annex", "Annex") + " " : "") + number + " ";
        Title label = new Title(prefix + title.text(), Title.plain(prefix).html() + title.html());
        List<EpubPage.Section> sections = new ArrayList<>();
        if (!page.isPart()) {
            for (Heading heading : page.page().outline().headings()) {
                if (heading.level() == 2) {
                    String sectionNumber = page.sectionNumbers().getOrDefault(heading.id().value(), "");
                    sections.add(new EpubPage.Section(heading.id().value(),
                            sectionNumber.isEmpty() ? heading.text() : sectionNumber + " " + heading.text()));
                }
            }
        }
        List<EpubPage> children = new ArrayList<>();
        for (LinkedPage child : book.children(page)) {
            children.add(page(child));
        }
        // Named apart from the book's own documents (title.xhtml, nav.xhtml, country-xa.xhtml), whatever the page's id.
        return new EpubPage("page-" + id + ".xhtml", label, page.translation().contentLanguage().value(), type(page, kind),
                List.of(new EpubPage.Fragment(page.path(), kind == PageKind.AUTHORITIES ? withTable(model)
                        : (String) pageModel.get("content"))), sections, children);
    }

    /** The table of authorities' page as the theme shows it, its table after its text, without its title and the site's lists. */
    private String withTable(Map<String, Object> model) throws TemplateFailure {
        Element article = Jsoup.parse(theme.templates().render("page", model)).selectFirst("article");
        if (article == null) {
            return "";
        }
        article.select("h1, nav.page-toc, details.referenced-from").remove();
        return article.html();
    }

    /** What the EPUB structural vocabulary calls a page of this kind. */
    private static String type(LinkedPage page, PageKind kind) {
        if (page.isPart()) {
            return "part";
        }
        return switch (kind) {
            case GLOSSARY -> "glossary";
            // The structural vocabulary has no table of authorities; it is back matter, as an annex is.
            case ANNEX, AUTHORITIES -> "appendix";
            default -> "chapter";
        };
    }

    /** The profiles under one heading of the navigation, each a document as its page shows it, without the site's list of its sections. */
    private Optional<EpubPage> countries() throws TemplateFailure {
        if (book.countries().isEmpty()) {
            return Optional.empty();
        }
        CountryModels countryModels = new CountryModels(models);
        String language = book.language().tag().value();
        List<EpubPage> profiles = new ArrayList<>();
        for (LinkedCountry country : CountryModels.sorted(book)) {
            Element article = Jsoup.parse(theme.templates().render("country", countryModels.country(book, country)))
                    .selectFirst("article");
            if (article == null) {
                continue;
            }
            article.select("h1").remove();
            List<EpubPage.Section> sections = article.select("section h2[id]").stream()
                    .map(heading -> new EpubPage.Section(heading.id(), heading.text())).toList();
            profiles.add(new EpubPage("country-" + country.profile().code().toLowerCase(Locale.ROOT) + ".xhtml",
                    Title.plain(country.profile().name(language)), language, "chapter",
                    List.of(new EpubPage.Fragment(country.path(), article.html())), sections, List.of()));
        }
        if (profiles.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EpubPage(COUNTRIES, Title.plain(strings.getOrDefault("countries", "Countries")),
                language, "part", List.of(), List.of(), profiles));
    }

    /** The index's letters, from its one page or from each letter's page of an index split by letter. */
    private Optional<EpubPage> subjectIndex() throws TemplateFailure {
        if (book.subjectIndexPage().isEmpty() || book.subjectIndex().groups().isEmpty()) {
            return Optional.empty();
        }
        SubjectIndexModels indexModels = new SubjectIndexModels(models);
        Map<SitePath, Map<String, Object>> letters = indexModels.letters(book);
        if (letters.isEmpty()) {
            letters = Map.of(book.subjectIndexPage().get(), indexModels.subjectIndex(book));
        }
        List<EpubPage.Fragment> fragments = new ArrayList<>();
        for (Map.Entry<SitePath, Map<String, Object>> letter : letters.entrySet()) {
            for (Element group : Jsoup.parse(theme.templates().render("subject-index", letter.getValue()))
                    .select("section.index-group")) {
                fragments.add(new EpubPage.Fragment(letter.getKey(), group.outerHtml()));
            }
        }
        return Optional.of(new EpubPage("subject-index.xhtml", Title.plain(strings.getOrDefault("subjectIndex", "Index")),
                book.language().tag().value(), "index", fragments, List.of(), List.of()));
    }
}
