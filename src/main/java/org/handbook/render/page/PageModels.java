package org.handbook.render.page;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.handbook.config.Edition;
import org.handbook.config.HandbookConfig;
import org.handbook.config.Language;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedHandbook;
import org.handbook.link.LinkedPage;
import org.handbook.link.PageRef;
import org.handbook.model.LanguageTag;
import org.handbook.model.PageKind;
import org.handbook.model.SitePath;
import org.handbook.model.Title;
import org.handbook.parse.Heading;
import org.handbook.parse.ParsedPage;
import org.handbook.render.theme.Theme;

/**
 * The template model of every page. Keys are the theme's contract, documented in src/site/markdown/themes.md:
 * {@code site}, {@code page}, {@code languages}, {@code breadcrumbs}, {@code previous},
 * {@code next}, {@code assets}, {@code t}, {@code navigation}, and {@code contents} on home pages. An absent link
 * ({@code previous} on the first page) is the empty text, which both template languages treat as empty.
 */
public final class PageModels {

    private static final int DEEPEST_TOC_LEVEL = 3;

    private final LinkedHandbook handbook;
    private final Theme theme;
    private final Set<SitePath> changesPages;
    private final BookNavigation navigation;
    private final SiteModel siteModel;
    private final CitationData citations;

    /** @param changesPages the changes pages the site has, one per book with an earlier edition */
    public PageModels(LinkedHandbook handbook, Theme theme, Set<SitePath> changesPages) {
        this(handbook, theme, changesPages, Map.of(), Map.of());
    }

    private PageModels(LinkedHandbook handbook, Theme theme, Set<SitePath> changesPages, Map<SitePath, PrintedPdf> pdfs,
                       Map<SitePath, WrittenEpub> epubs) {
        this.handbook = handbook;
        this.theme = theme;
        this.changesPages = Set.copyOf(changesPages);
        this.navigation = new BookNavigation(changesPages, pdfs, epubs);
        this.siteModel = new SiteModel(handbook.config(), theme, changesPages, pdfs.keySet(), epubs.keySet());
        this.citations = new CitationData(handbook.config(), pdfs.keySet());
    }

    /** The same models, with a download link to each book's PDF among {@code pdfs} and to its e-book among {@code epubs}. */
    public PageModels withDownloads(Collection<PrintedPdf> pdfs, Collection<WrittenEpub> epubs) {
        Map<SitePath, PrintedPdf> pdfsByPath = new LinkedHashMap<>();
        pdfs.forEach(pdf -> pdfsByPath.put(pdf.path(), pdf));
        Map<SitePath, WrittenEpub> epubsByPath = new LinkedHashMap<>();
        epubs.forEach(epub -> epubsByPath.put(epub.path(), epub));
        return new PageModels(handbook, theme, changesPages, pdfsByPath, epubsByPath);
    }

    public Map<String, Object> chapter(LinkedBook book, LinkedPage linked) {
        ParsedPage page = linked.page();
        SitePath self = linked.path();
        Map<String, Object> model = common(book, self,
                other -> other.page(page.frontMatter().id()).map(LinkedPage::path));
        Map<String, Object> pageModel = pageModel(page.frontMatter().kind(), page.title(), self, book);
        pageModel.put("id", page.frontMatter().id().value());
        String scrollLabel = strings(book.language().tag()).getOrDefault("table.scroll", "Table");
        String content = page.tables().isEmpty() ? page.html()
                : new CountryTableHtml(display(book), scrollLabel).fill(page.html(), page.tables(), book, self);
        content = MediaHtml.fill(content, page.media(), self);
        // In the language of the text they label: a chapter not yet translated shows its source's.
        content = ThemeLabelHtml.insert(content, strings(linked.translation().contentLanguage()));
        PlaceNames names = names(book);
        CiteControls cite = CiteControls.of(handbook.config(), book, linked, strings(book.language().tag()));
        if (!page.references().isEmpty()) {
            content = new ReferenceHtml(names).fill(content, page.references(), linked.references(), self);
        }
        if (page.outline().paragraphs() > 0) {
            content = ParagraphNumberHtml.insert(content, linked.number().orElse(""), page.outline().paragraphs(), names);
        }
        if (!page.outline().tables().isEmpty() || !page.outline().figures().isEmpty()) {
            content = CaptionNumberHtml.insert(content, linked.number().orElse(""), page.outline(), names);
        }
        if (!page.outline().terms().isEmpty()) {
            content = TermUsesHtml.insert(content, linked, names, strings(book.language().tag()));
        }
        pageModel.put("content", ScrollingTables.wrap(SectionNumbers.insert(content, linked.sectionNumbers()), scrollLabel));
        pageModel.put("cite", cite.model(names));
        pageModel.put("number", numberLabel(linked, strings(book.language().tag())));
        pageModel.put("children", BookContents.children(book, linked, self, strings(book.language().tag())));
        pageModel.put("annex", page.frontMatter().kind().isLettered());
        pageModel.put("contentLang", linked.translation().contentLanguage().value());
        pageModel.put("notices", TranslationNotices.of(linked.translation(), book, handbook.config(), names,
                strings(book.language().tag()), self));
        pageModel.put("referencedFrom", Referrals.of(linked.referencedFrom(), names, self));
        pageModel.put("toc", toc(page.outline().headings(), linked.sectionNumbers()));
        if (page.frontMatter().kind() == PageKind.AUTHORITIES) {
            pageModel.put("authorities", AuthorityTableModels.of(this, book).groups(book.authorities(),
                    AuthorityTableModels.siteLinks(book, names, strings(book.language().tag()), self)));
        }
        pageModel.put("source", slashes(page.file().toString()));
        pageModel.put("editUrl", editUrl(page.file()).orElse(""));
        model.put("page", pageModel);
        model.put("citation", citations.of(book, self, page.frontMatter().kind(), page.title().text()));
        List<Map<String, Object>> breadcrumbs = new ArrayList<>();
        breadcrumbs.add(link(homeTitle(book), book.home(), self));
        book.ancestors(linked).forEach(above -> breadcrumbs.add(link(above.ref(), self)));
        breadcrumbs.add(link(page.title(), self.hrefFrom(self)));
        model.put("breadcrumbs", breadcrumbs);
        model.put("previous", linked.previous().<Object>map(ref -> link(ref, self)).orElse(""));
        model.put("next", linked.next().<Object>map(ref -> link(ref, self)).orElse(""));
        return model;
    }

    public Map<String, Object> home(LinkedBook book) {
        SitePath self = book.home();
        Map<String, Object> model = common(book, self, other -> Optional.empty());
        Map<String, Object> pageModel = pageModel(PageKind.HOME, Title.plain(homeTitle(book)), self, book);
        pageModel.put("id", "home");
        pageModel.put("source", HandbookConfig.FILE_NAME);
        model.put("page", pageModel);
        model.put("citation", citations.of(book, self, PageKind.HOME, homeTitle(book)));
        model.put("editionCitation", EditionCitation.model(handbook.config(), book, self, strings(book.language().tag())));
        model.put("breadcrumbs", List.of(link(homeTitle(book), self, self)));
        model.put("previous", "");
        model.put("next", book.pages().isEmpty() ? "" : link(book.pages().get(0).ref(), self));
        model.put("contents", BookContents.of(book, self, strings(book.language().tag())));
        return model;
    }

    /**
     * The 404 page. A host serves it at whatever address was missing, so no relative link can work
     * there: its links start at the site root, and its stylesheet comes inline ({@code styles}).
     */
    public Map<String, Object> notFound(LinkedBook book) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", siteModel.ofMissingPage(book));
        Map<String, String> assets = new LinkedHashMap<>();
        theme.assets().forEach((name, asset) -> assets.put(name, asset.path().url()));
        model.put("assets", assets);
        model.put("styles", Optional.ofNullable(theme.assets().get(Theme.MAIN_STYLESHEET))
                .map(asset -> InlineStylesheet.of(asset.content())).orElse(""));
        model.put("t", theme.strings().forLanguage(book.language().tag()));
        model.put("homeUrl", book.home().url());
        return model;
    }

    /**
     * The model of a page the site makes itself to list others (annexes, countries): no content of
     * its own, no source to edit, breadcrumbs home → itself, no neighbours.
     *
     * @param samePage the same list in another language's book
     */
    Map<String, Object> listPage(LinkedBook book, SitePath self, PageKind kind, String id, String title, String source,
                                 Function<LinkedBook, Optional<SitePath>> samePage) {
        Map<String, Object> model = common(book, self, samePage);
        Map<String, Object> pageModel = pageModel(kind, Title.plain(title), self, book);
        pageModel.put("id", id);
        pageModel.put("source", source);
        model.put("page", pageModel);
        model.put("citation", citations.of(book, self, kind, title));
        model.put("breadcrumbs", List.of(link(homeTitle(book), book.home(), self), link(title, self, self)));
        model.put("previous", "");
        model.put("next", "");
        return model;
    }

    /** The annex index: every annex with its letter, title and one-line description. */
    public Map<String, Object> annexIndex(LinkedBook book) {
        SitePath self = book.annexIndexPage().orElseThrow();
        String title = strings(book.language().tag()).getOrDefault("annexes", "Annexes");
        Map<String, Object> model = listPage(book, self, PageKind.ANNEX_INDEX, "annexes", title, "chapters",
                LinkedBook::annexIndexPage);
        List<Map<String, Object>> annexes = new ArrayList<>();
        for (LinkedPage annex : book.annexes()) {
            Map<String, Object> entry = link(annex.ref(), self);
            entry.put("number", annex.number().orElse(""));
            entry.put("description", annex.page().frontMatter().description());
            entry.put("lang", annex.translation().contentLanguage().value());
            annexes.add(entry);
        }
        model.put("annexes", annexes);
        return model;
    }

    PlaceNames names(LinkedBook book) {
        return new PlaceNames(strings(book.language().tag()));
    }

    /**
     * What every page of a book shares: {@code site}, {@code languages}, {@code assets}, {@code t}.
     *
     * @param samePage where this page is in another language's book, if it is there
     */
    public Map<String, Object> common(LinkedBook book, SitePath self, Function<LinkedBook, Optional<SitePath>> samePage) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", siteModel.of(book, self));
        model.put("languages", languages(book, self, samePage));
        model.put("alternates", alternates(book, self, samePage));
        model.put("editions", editions(book, self, samePage));
        model.put("editionNotice", editionNotice(book, self, samePage));
        Map<String, String> assets = new LinkedHashMap<>();
        theme.assets().forEach((name, asset) -> assets.put(name, asset.path().hrefFrom(self)));
        model.put("assets", assets);
        model.put("t", theme.strings().forLanguage(book.language().tag()));
        model.put("navigation", navigation.of(book, self, strings(book.language().tag())));
        return model;
    }

    /** The other languages of this edition, each leading to the same page where it exists. */
    private List<Map<String, Object>> languages(LinkedBook book, SitePath self,
                                                Function<LinkedBook, Optional<SitePath>> samePage) {
        List<Map<String, Object>> languages = new ArrayList<>();
        for (Language language : handbook.config().languages()) {
            Optional<LinkedBook> other = handbook.book(language.tag(), book.edition().id());
            if (other.isEmpty()) {
                continue;
            }
            SitePath target = samePage.apply(other.get()).orElse(other.get().home());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", language.tag().value());
            entry.put("name", language.name());
            entry.put("href", target.hrefFrom(self));
            entry.put("current", language.tag().equals(book.language().tag()));
            languages.add(entry);
        }
        return languages;
    }

    /** The editions of this language: each leads to the same page there, or to its home when the page is not in it. */
    private List<Map<String, Object>> editions(LinkedBook book, SitePath self, Function<LinkedBook, Optional<SitePath>> samePage) {
        List<Map<String, Object>> editions = new ArrayList<>();
        for (Edition edition : handbook.config().editions()) {
            handbook.book(book.language().tag(), edition.id()).ifPresent(other -> {
                Map<String, Object> entry = link(edition.title(book.language().tag()),
                        samePage.apply(other).orElse(other.home()).hrefFrom(self));
                entry.put("id", edition.id().value());
                entry.put("current", edition.equals(book.edition()));
                entry.put("latest", edition.isCurrent());
                editions.add(entry);
            });
        }
        return editions;
    }

    /** On a page of an older edition: {@code text} and the same page in the current edition ({@code href}, {@code linkText}). */
    private Object editionNotice(LinkedBook book, SitePath self, Function<LinkedBook, Optional<SitePath>> samePage) {
        Edition current = handbook.config().currentEdition();
        Optional<LinkedBook> latest = handbook.book(book.language().tag(), current.id());
        if (book.edition().isCurrent() || latest.isEmpty()) {
            return "";
        }
        Map<String, String> strings = strings(book.language().tag());
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("text", strings.getOrDefault("edition.older", "This is the {edition}, not the current edition ({current}).")
                .replace("{edition}", book.edition().title(book.language().tag()))
                .replace("{current}", current.title(book.language().tag())));
        notice.put("href", samePage.apply(latest.get()).orElse(latest.get().home()).hrefFrom(self));
        notice.put("linkText", strings.getOrDefault("edition.readCurrent", "Read this page in the current edition"));
        return notice;
    }

    /**
     * The same page in every language of this edition, and {@code x-default} for the default
     * language, for {@code <link rel="alternate" hreflang>}: absolute when the handbook has a
     * {@code baseUrl}, relative otherwise.
     */
    private List<Map<String, Object>> alternates(LinkedBook book, SitePath self,
                                                 Function<LinkedBook, Optional<SitePath>> samePage) {
        List<Map<String, Object>> alternates = new ArrayList<>();
        for (Language language : handbook.config().languages()) {
            handbook.book(language.tag(), book.edition().id()).ifPresent(other -> {
                SitePath target = samePage.apply(other).orElse(other.home());
                String href = handbook.config().baseUrl().map(base -> base + target.url().substring(1))
                        .orElse(target.hrefFrom(self));
                Map<String, Object> alternate = new LinkedHashMap<>();
                alternate.put("hreflang", language.tag().value());
                alternate.put("href", href);
                alternates.add(alternate);
                if (language.equals(handbook.config().defaultLanguage())) {
                    Map<String, Object> fallback = new LinkedHashMap<>(alternate);
                    fallback.put("hreflang", "x-default");
                    alternates.add(fallback);
                }
            });
        }
        return alternates;
    }

    /** The keys every page has, with the values of a page that has none of its own. */
    static Map<String, Object> pageModel(PageKind kind, Title title, SitePath self, LinkedBook book) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("kind", kind.label());
        page.put("title", title.text());
        page.put("titleHtml", title.html());
        page.put("url", self.url());
        page.put("number", "");
        page.put("annex", false);
        page.put("contentLang", book.language().tag().value());
        page.put("notices", List.of());
        page.put("content", "");
        page.put("toc", List.of());
        page.put("children", List.of());
        page.put("referencedFrom", List.of());
        page.put("editUrl", "");
        return page;
    }

    private static List<Map<String, Object>> toc(List<Heading> headings, Map<String, String> numbers) {
        List<Map<String, Object>> toc = new ArrayList<>();
        for (Heading heading : headings) {
            if (heading.level() >= 2 && heading.level() <= DEEPEST_TOC_LEVEL) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("level", heading.level());
                entry.put("id", heading.id().value());
                entry.put("title", heading.text());
                entry.put("number", numbers.getOrDefault(heading.id().value(), ""));
                toc.add(entry);
            }
        }
        return toc;
    }

    Optional<String> editUrl(Path file) {
        return handbook.config().editUrlTemplate()
                .map(template -> template.replace("{path}", slashes(file.toString())));
    }

    FactDisplay display(LinkedBook book) {
        return new FactDisplay(book.language().tag().value(), handbook.config().defaultLanguage().tag().value(),
                strings(book.language().tag()));
    }

    /** What reference managers read from a page to cite it ({@link CitationData}), for the page model's {@code citation}. */
    Map<String, Object> citation(LinkedBook book, SitePath self, PageKind kind, String title) {
        return citations.of(book, self, kind, title);
    }

    public Map<String, String> strings(LanguageTag language) {
        return theme.strings().forLanguage(language);
    }

    String homeTitle(LinkedBook book) {
        return handbook.config().title(book.language().tag());
    }

    /**
     * A page's number as readers see it beside its title: "4", "4.1", "B", and a part's as the
     * theme words it, "Part II"; empty where nothing is numbered.
     */
    static String numberLabel(LinkedPage page, Map<String, String> strings) {
        String number = page.number().orElse("");
        if (number.isEmpty() || !page.isPart()) {
            return number;
        }
        return strings.getOrDefault("part.label", "Part {number}").replace("{number}", number);
    }

    static Map<String, Object> link(PageRef ref, SitePath from) {
        return link(ref.title(), ref.path().hrefFrom(from));
    }

    static Map<String, Object> link(String title, SitePath target, SitePath from) {
        return link(title, target.hrefFrom(from));
    }

    static Map<String, Object> link(String title, String href) {
        return link(Title.plain(title), href);
    }

    /**
     * A link's {@code title} as text, {@code titleHtml} as HTML (a chapter's title with its
     * markup; any other title escaped), for templates to write with {@code | raw}, and {@code href}.
     */
    static Map<String, Object> link(Title title, String href) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("title", title.text());
        link.put("titleHtml", title.html());
        link.put("href", href);
        return link;
    }

    static String slashes(String path) {
        return path.replace('\\', '/');
    }
}
