package org.handbook.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.handbook.model.Diagnostics;
import org.handbook.model.EditionId;
import org.handbook.model.LanguageTag;
import org.handbook.model.PageId;
import org.handbook.model.SitePath;
import org.handbook.model.Title;
import org.handbook.parse.CountryTable;
import org.handbook.load.UnreadablePage;
import org.handbook.parse.ParsedBook;
import org.handbook.parse.ParsedHandbook;
import org.handbook.parse.ParsedPage;
import org.handbook.parse.SourceFingerprint;
import org.handbook.parse.country.CountryProfile;
import org.handbook.parse.country.ParsedCountries;

/**
 * Places pages at their URLs, chains them in reading order, numbers them, resolves their
 * cross-references and checks their links into the site.
 */
public final class Linker {

    /** The folder of country profiles in each book; a reserved page id. */
    static final String COUNTRIES = "countries";

    private Linker() {
    }

    public static LinkedHandbook link(ParsedHandbook parsed, Diagnostics diagnostics) {
        Map<EditionId, Map<String, Set<String>>> stale = new HashMap<>();
        for (ParsedCountries countries : parsed.countries()) {
            stale.put(countries.edition().id(), StaleFacts.find(countries.edition(), countries.profiles(),
                    parsed.config().staleAfterYears(), diagnostics));
            FactsAfterEdition.check(countries.edition(), countries.profiles(), diagnostics);
        }
        LanguageTag defaultLanguage = parsed.config().defaultLanguage().tag();
        List<LinkedBook> placed = parsed.books().stream()
                .map(book -> place(book, Translations.lineUp(book, sourceOf(book, parsed.books(), defaultLanguage), diagnostics),
                        parsed.countries(book.edition().id()), stale.getOrDefault(book.edition().id(), Map.of()),
                        parsed.config().numberingDepth(), defaultLanguage, diagnostics))
                .toList();
        Elsewhere elsewhere = new Elsewhere(placed);
        // Placed books follow the parsed ones, whose unreadable pages they take.
        List<LinkedBook> books = IntStream.range(0, placed.size())
                .mapToObj(i -> resolve(placed.get(i), sourceOf(placed.get(i), placed, defaultLanguage),
                        parsed.countries(placed.get(i).edition().id()).map(ParsedCountries::rejectedCodes).orElse(Set.of()),
                        unreadableIds(parsed.books().get(i), sourceOf(parsed.books().get(i), parsed.books(), defaultLanguage)),
                        elsewhere, diagnostics))
                .toList();
        LocalLinks.check(books, diagnostics);
        Set<String> unreadableNow = parsed.books().stream().filter(book -> book.edition().isCurrent())
                .flatMap(book -> book.unreadable().stream()).map(UnreadablePage::probableId)
                .collect(Collectors.toUnmodifiableSet());
        return new LinkedHandbook(parsed.config(), Redirects.place(books, parsed.config(), unreadableNow, diagnostics));
    }

    /**
     * The probable ids of the pages whose front matter could not be read, in a book or in the
     * book its missing translations stand in from.
     */
    private static Set<String> unreadableIds(ParsedBook book, Optional<ParsedBook> source) {
        return Stream.concat(book.unreadable().stream(), source.stream().flatMap(original -> original.unreadable().stream()))
                .map(UnreadablePage::probableId).collect(Collectors.toUnmodifiableSet());
    }

    /** The default language's parsed book of the same edition, when {@code book} is a translation. */
    private static Optional<ParsedBook> sourceOf(ParsedBook book, List<ParsedBook> books, LanguageTag defaultLanguage) {
        return books.stream().filter(other -> other != book && other.language().tag().equals(defaultLanguage)
                && other.edition().id().equals(book.edition().id())).findFirst();
    }

    /** The default language's placed book of the same edition, when {@code book} is a translation. */
    private static Optional<LinkedBook> sourceOf(LinkedBook book, List<LinkedBook> books, LanguageTag defaultLanguage) {
        return books.stream().filter(other -> other != book && other.language().tag().equals(defaultLanguage)
                && other.edition().id().equals(book.edition().id())).findFirst();
    }

    /**
     * Places, chains and numbers a book's pages (translated or standing in for a translation) and
     * its profiles.
     */
    private static LinkedBook place(ParsedBook book, List<Translations.Entry> lineUp, Optional<ParsedCountries> parsedCountries,
                                    Map<String, Set<String>> stale, int numberingDepth, LanguageTag defaultLanguage,
                                    Diagnostics diagnostics) {
        List<CountryProfile> profiles = parsedCountries.map(ParsedCountries::profiles).orElse(List.of());
        String language = book.language().tag().value();
        String edition = book.edition().id().value();
        List<Translations.Entry> entries = withUsableIds(lineUp, diagnostics);
        List<ParsedPage> pages = entries.stream().map(Translations.Entry::page).toList();
        checkCountryTables(pages, parsedCountries, diagnostics);
        List<SitePath> paths = pages.stream()
                .map(page -> SitePath.indexOf(language, edition, page.frontMatter().id().value()))
                .toList();
        Numbering numbering = new Numbering(numberingDepth);
        List<LinkedPage> linked = new ArrayList<>();
        Map<java.nio.file.Path, LinkedPage> byPlace = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            Optional<PageRef> previous = i == 0 ? Optional.empty() : Optional.of(ref(pages.get(i - 1), paths.get(i - 1)));
            Optional<PageRef> next = i == pages.size() - 1 ? Optional.empty() : Optional.of(ref(pages.get(i + 1), paths.get(i + 1)));
            ParsedPage page = pages.get(i);
            Translations.Entry entry = entries.get(i);
            Optional<LinkedPage> parent = entry.place().parent().map(byPlace::get);
            Nesting nesting = parent.map(Linker::under).orElse(Nesting.TOP);
            Optional<LinkedPage> chapter = parent.filter(found -> nesting.isSubchapter());
            Optional<String> number = numbering.next(page, chapter);
            Map<String, String> sections = page.frontMatter().kind() == org.handbook.model.PageKind.PART ? Map.of()
                    : number.map(n -> numbering.sections(n, page.outline().headings(), nesting.isSubchapter())).orElse(Map.of());
            LinkedPage placed = new LinkedPage(page, paths.get(i), previous, next, number, sections,
                    TranslationState.original(entry.contentLanguage()), nesting);
            byPlace.putIfAbsent(entry.place().path(), placed);
            linked.add(placed.withTranslation(new TranslationState(entry.status(), entry.contentLanguage(), entry.reviewed(),
                    entry.changed().stream().map(anchor -> changedPlace(placed, anchor)).toList(),
                    entry.source().map(source -> SitePath.indexOf(defaultLanguage.value(), edition,
                            source.frontMatter().id().value())))));
        }
        List<LinkedCountry> countries = profiles.stream()
                .map(profile -> new LinkedCountry(profile,
                        SitePath.indexOf(language, edition, COUNTRIES, profile.code().toLowerCase(Locale.ROOT)),
                        stale.getOrDefault(profile.code(), Set.of()), List.of()))
                .toList();
        return new LinkedBook(book.language(), book.edition(), SitePath.indexOf(language, edition), linked,
                SitePath.indexOf(language, edition, COUNTRIES), countries, new SubjectIndex(List.of()),
                AuthorityTable.empty(), List.of());
    }

    /**
     * Builds the book's subject index and table of authorities, resolves its pages' references and records, on every page,
     * profile and glossary term, the places that refer to it.
     *
     * @param source the default language's book of the same edition, when this one is a translation
     */
    private static LinkedBook resolve(LinkedBook book, Optional<LinkedBook> source, Set<String> rejectedCountries,
                                      Set<String> unreadable, Elsewhere elsewhere, Diagnostics diagnostics) {
        SubjectIndex index = SubjectIndexBuilder.build(book.pages(), book.language().tag(), diagnostics);
        Map<String, SitePath> sitePages = new HashMap<>();
        book.countriesPage().ifPresent(path -> sitePages.put(COUNTRIES, path));
        book.annexIndexPage().ifPresent(path -> sitePages.put(LinkedBook.ANNEXES, path));
        if (!index.isEmpty()) {
            sitePages.put(LinkedBook.SUBJECT_INDEX,
                    SitePath.indexOf(book.language().tag().value(), book.edition().id().value(), LinkedBook.SUBJECT_INDEX));
        }
        References references = new References(book, source, sitePages, rejectedCountries, unreadable, elsewhere, diagnostics);
        List<LinkedPage> resolved = book.pages().stream().map(page -> page.withReferences(references.resolve(page))).toList();
        Uses uses = new Uses(resolved);
        LinkedBook linked = book.with(resolved.stream().map(page -> page.withUses(uses)).toList(),
                book.countries().stream().map(country -> country.withUses(uses)).toList(), index);
        return linked.withAuthorities(AuthorityTableBuilder.build(linked, diagnostics));
    }

    /** Every country a table names has a profile in the edition. */
    private static void checkCountryTables(List<ParsedPage> pages, Optional<ParsedCountries> countries,
                                           Diagnostics diagnostics) {
        // A profile with errors is reported where it is written, not again as missing here.
        Set<String> codes = new HashSet<>(countries.map(ParsedCountries::rejectedCodes).orElse(Set.of()));
        countries.ifPresent(set -> set.profiles().forEach(profile -> codes.add(profile.code())));
        for (ParsedPage page : pages) {
            for (CountryTable table : page.tables()) {
                if (codes.isEmpty()) {
                    diagnostics.error(table.position(), "HB-COUNTRY-TABLE", "this edition has no country profiles to compare",
                            "add profiles under countries/, or remove the table");
                }
                table.countries().stream().filter(code -> !codes.isEmpty() && !codes.contains(code)).forEach(code ->
                        diagnostics.error(table.position(), "HB-COUNTRY-TABLE", "there is no profile for country '" + code + "'",
                                "profiles: " + String.join(", ", codes.stream().sorted().toList())));
            }
        }
    }

    /** Drops, and reports, pages whose id is reserved or already taken in the same book. */
    private static List<Translations.Entry> withUsableIds(List<Translations.Entry> entries, Diagnostics diagnostics) {
        Map<PageId, ParsedPage> seen = new HashMap<>();
        List<Translations.Entry> usable = new ArrayList<>();
        for (Translations.Entry entry : entries) {
            ParsedPage page = entry.page();
            PageId id = page.frontMatter().id();
            ParsedPage first = seen.putIfAbsent(id, page);
            if (PageId.RESERVED.contains(id.value())) {
                diagnostics.error(page.frontMatter().idPosition(), "HB-PAGE-ID-RESERVED",
                        "page id '" + id + "' is reserved for the site's own pages",
                        "choose another id; reserved: " + String.join(", ", PageId.RESERVED.stream().sorted().toList()));
            } else if (first != null) {
                diagnostics.error(page.frontMatter().idPosition(), "HB-PAGE-ID-DUPLICATE",
                        "page id '" + id + "' is already used by " + first.file().toString().replace('\\', '/'),
                        "give each chapter of a language its own id");
            } else {
                usable.add(entry);
            }
        }
        return usable;
    }

    /**
     * A section of the source that changed, named as the translation names it: the opening text is
     * the page itself, and a section the translation lacks is named by its anchor.
     */
    private static ReferenceTarget changedPlace(LinkedPage translation, String anchor) {
        String own = anchor.equals(SourceFingerprint.INTRO) ? "" : anchor;
        return Places.of(translation, own).orElse(new ReferenceTarget(translation.path(), own,
                ReferenceTarget.Kind.SECTION, "", Title.plain("#" + anchor), ""));
    }

    /** Where a page stands that is directly under {@code parent}: in its part, or under its chapter. */
    private static Nesting under(LinkedPage parent) {
        return parent.isPart() ? new Nesting(Optional.of(parent.page().frontMatter().id()), Optional.empty())
                : new Nesting(parent.nesting().part(), Optional.of(parent.page().frontMatter().id()));
    }

    private static PageRef ref(ParsedPage page, SitePath path) {
        return new PageRef(page.title(), path);
    }
}
