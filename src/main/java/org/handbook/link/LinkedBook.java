package org.handbook.link;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.handbook.config.Edition;
import org.handbook.config.Language;
import org.handbook.model.PageId;
import org.handbook.model.PageKind;
import org.handbook.model.SitePath;

/** One language of one edition, placed: its home page and its pages in reading order. */
public final class LinkedBook {

    /** The folder of the annex index in each book; a reserved page id. */
    static final String ANNEXES = "annexes";
    /** The folder of the subject index in each book; a reserved page id. */
    static final String SUBJECT_INDEX = "subject-index";
    /** The folder of the search page in each book; a reserved page id. */
    static final String SEARCH = "search";

    private final Language language;
    private final Edition edition;
    private final SitePath home;
    private final List<LinkedPage> pages;
    private final Map<PageId, LinkedPage> byId;
    private final Map<PageId, List<LinkedPage>> children;
    /** Read on every page, by its navigation: found once. */
    private final List<LinkedPage> top;
    private final SitePath countriesPage;
    private final List<LinkedCountry> countries;
    private final List<LinkedPage> annexes;
    private final SubjectIndex subjectIndex;
    private final AuthorityTable authorities;
    private final List<MovedPage> redirects;

    /**
     * @param pages     in reading order, each id once (the linker drops repeats)
     * @param countries the edition's country profiles, placed in this book; none when it has none
     * @param redirects the old addresses of moved pages in this book, in the order handbook.yml lists them
     */
    public LinkedBook(Language language, Edition edition, SitePath home, List<LinkedPage> pages,
                      SitePath countriesPage, List<LinkedCountry> countries, SubjectIndex subjectIndex,
                      AuthorityTable authorities, List<MovedPage> redirects) {
        this.language = language;
        this.edition = edition;
        this.home = home;
        this.pages = List.copyOf(pages);
        this.countriesPage = countriesPage;
        this.countries = List.copyOf(countries);
        this.subjectIndex = subjectIndex;
        this.authorities = authorities;
        this.redirects = List.copyOf(redirects);
        this.annexes = this.pages.stream().filter(page -> page.page().frontMatter().kind().isLettered()).toList();
        this.byId = this.pages.stream().collect(Collectors.toUnmodifiableMap(
                page -> page.page().frontMatter().id(), Function.identity()));
        this.children = this.pages.stream().filter(page -> page.nesting().parent().isPresent())
                .collect(Collectors.groupingBy(page -> page.nesting().parent().get(), Collectors.toUnmodifiableList()));
        this.top = this.pages.stream().filter(page -> page.nesting().parent().isEmpty()).toList();
    }

    public Language language() {
        return language;
    }

    public Edition edition() {
        return edition;
    }

    public SitePath home() {
        return home;
    }

    public List<LinkedPage> pages() {
        return pages;
    }

    /** The page listing the country profiles, when the edition has any. */
    public Optional<SitePath> countriesPage() {
        return countries.isEmpty() ? Optional.empty() : Optional.of(countriesPage);
    }

    /** The page listing the annexes, when the book has any. */
    public Optional<SitePath> annexIndexPage() {
        return annexes.isEmpty()
                ? Optional.empty()
                : Optional.of(SitePath.indexOf(language.tag().value(), edition.id().value(), ANNEXES));
    }

    /** The page of the subject index, when the book's pages mark any terms. */
    public Optional<SitePath> subjectIndexPage() {
        return subjectIndex.isEmpty()
                ? Optional.empty()
                : Optional.of(SitePath.indexOf(language.tag().value(), edition.id().value(), SUBJECT_INDEX));
    }

    /** The search page: every book has one. */
    public SitePath searchPage() {
        return SitePath.indexOf(language.tag().value(), edition.id().value(), SEARCH);
    }

    public SubjectIndex subjectIndex() {
        return subjectIndex;
    }

    /** The book's glossary page, if it has one. */
    public Optional<LinkedPage> glossary() {
        return pages.stream().filter(page -> page.page().frontMatter().kind() == PageKind.GLOSSARY).findFirst();
    }

    /** The table of authorities, shown on the book's page of kind authorities; empty when it has none. */
    public AuthorityTable authorities() {
        return authorities;
    }

    /** The book's page of kind authorities, if it has one. */
    public Optional<LinkedPage> authoritiesPage() {
        return pages.stream().filter(page -> page.page().frontMatter().kind() == PageKind.AUTHORITIES).findFirst();
    }

    /** The same book with its pages, profiles and index replaced. */
    LinkedBook with(List<LinkedPage> newPages, List<LinkedCountry> newCountries, SubjectIndex newIndex) {
        return new LinkedBook(language, edition, home, newPages, countriesPage, newCountries, newIndex, authorities, redirects);
    }

    /** The same book with its table of authorities. */
    LinkedBook withAuthorities(AuthorityTable table) {
        return new LinkedBook(language, edition, home, pages, countriesPage, countries, subjectIndex, table, redirects);
    }

    /** The same book with the old addresses of its moved pages. */
    LinkedBook withRedirects(List<MovedPage> moved) {
        return new LinkedBook(language, edition, home, pages, countriesPage, countries, subjectIndex, authorities, moved);
    }

    /** The old addresses of pages that moved, each leading to the page of this book it moved to. */
    public List<MovedPage> redirects() {
        return redirects;
    }

    public List<LinkedPage> annexes() {
        return annexes;
    }

    public List<LinkedCountry> countries() {
        return countries;
    }

    public Optional<LinkedCountry> country(String code) {
        return countries.stream().filter(country -> country.profile().code().equals(code)).findFirst();
    }

    public Optional<LinkedPage> page(PageId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The pages at the top of the book, in reading order: its parts, annexes and the chapters outside parts. */
    public List<LinkedPage> top() {
        return top;
    }

    /** The chapters of a part, or the sub-chapters of a chapter, in reading order. */
    public List<LinkedPage> children(LinkedPage page) {
        return children.getOrDefault(page.page().frontMatter().id(), List.of());
    }

    /** The part and the chapter a page stands in, from the top of the book down; none for a page at the top. */
    public List<LinkedPage> ancestors(LinkedPage page) {
        return java.util.stream.Stream.of(page.nesting().part(), page.nesting().chapter())
                .flatMap(Optional::stream).map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Whether any page of the book stands in a part or under a chapter. */
    public boolean isNested() {
        return !children.isEmpty();
    }
}
