package org.handbook.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.handbook.model.LanguageTag;
import org.handbook.config.HandbookConfig;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedCountry;
import org.handbook.link.LinkedHandbook;
import org.handbook.link.LinkedPage;
import org.handbook.link.MovedPage;
import org.handbook.changes.EditionChanges;
import org.handbook.model.PageKind;
import org.handbook.render.cite.CitationFiles;
import org.handbook.render.page.ChangesModels;
import org.handbook.render.page.SubjectIndexModels;
import org.handbook.model.SitePath;
import org.handbook.text.JsonText;

/** Builds and serialises the manifest of a linked handbook. */
final class ManifestWriter {

    private ManifestWriter() {
    }

    static byte[] write(Manifest manifest) {
        return JsonText.of(manifest).getBytes(StandardCharsets.UTF_8);
    }

    /** @param strings the theme's strings in a language, for the titles of the pages a book's chapters do not title */
    static Manifest manifest(LinkedHandbook handbook, List<EditionChanges> changes, Downloads downloads,
                             Function<LanguageTag, Map<String, String>> strings) {
        Function<LanguageTag, String> countriesTitle = language -> strings.apply(language).getOrDefault("countries", "Countries");
        Function<LanguageTag, String> annexesTitle = language -> strings.apply(language).getOrDefault("annexes", "Annexes");
        Function<LanguageTag, String> indexTitle = language -> strings.apply(language).getOrDefault("subjectIndex", "Index");
        Function<LanguageTag, String> searchTitle = language -> strings.apply(language).getOrDefault("search", "Search");
        HandbookConfig config = handbook.config();
        List<Manifest.PageEntry> pages = new ArrayList<>();
        List<Manifest.RedirectEntry> redirects = new ArrayList<>();
        List<Manifest.CitationEntry> citations = new ArrayList<>();
        for (LinkedBook book : handbook.books()) {
            String lang = book.language().tag().value();
            String edition = book.edition().id().value();
            pages.add(new Manifest.PageEntry(book.home().url(), lang, edition, PageKind.HOME.label(), "home",
                    config.title(book.language().tag()), HandbookConfig.FILE_NAME));
            for (LinkedPage linked : book.pages()) {
                var frontMatter = linked.page().frontMatter();
                pages.add(new Manifest.PageEntry(linked.path().url(), lang, edition, frontMatter.kind().label(),
                        frontMatter.id().value(), linked.page().title().text(), linked.page().file().toString().replace('\\', '/')));
            }
            book.annexIndexPage().ifPresent(index -> pages.add(new Manifest.PageEntry(index.url(), lang, edition,
                    PageKind.ANNEX_INDEX.label(), "annexes", annexesTitle.apply(book.language().tag()), "chapters")));
            book.subjectIndexPage().ifPresent(index -> pages.add(new Manifest.PageEntry(index.url(), lang, edition,
                    PageKind.SUBJECT_INDEX.label(), "subject-index", indexTitle.apply(book.language().tag()), "chapters")));
            List<SitePath> letters = SubjectIndexModels.letterPages(book);
            for (int i = 0; i < letters.size(); i++) {
                pages.add(new Manifest.PageEntry(letters.get(i).url(), lang, edition, PageKind.SUBJECT_INDEX.label(),
                        "subject-index", SubjectIndexModels.letterTitle(strings.apply(book.language().tag()),
                                indexTitle.apply(book.language().tag()), book.subjectIndex().groups().get(i)), "chapters"));
            }
            pages.add(new Manifest.PageEntry(book.searchPage().url(), lang, edition, PageKind.SEARCH.label(), "search",
                    searchTitle.apply(book.language().tag()), "chapters"));
            for (EditionChanges change : changes) {
                if (change.book() == book) {
                    pages.add(new Manifest.PageEntry(ChangesModels.pathOf(book).url(), lang, edition, PageKind.CHANGES.label(),
                            "changes", change.previous().id().value() + " → " + edition, "editions"));
                }
            }
            book.countriesPage().ifPresent(list -> pages.add(new Manifest.PageEntry(list.url(), lang, edition,
                    PageKind.COUNTRIES.label(), "countries", countriesTitle.apply(book.language().tag()), "countries")));
            for (LinkedCountry country : book.countries()) {
                pages.add(new Manifest.PageEntry(country.path().url(), lang, edition, PageKind.COUNTRY.label(),
                        country.profile().code().toLowerCase(Locale.ROOT), country.profile().name(lang),
                        country.profile().file().toString().replace('\\', '/')));
            }
            for (CitationFiles.Format format : CitationFiles.Format.values()) {
                citations.add(new Manifest.CitationEntry(CitationFiles.path(book, format).url(), lang, edition, format.label()));
            }
            for (MovedPage moved : book.redirects()) {
                redirects.add(new Manifest.RedirectEntry(moved.path().url(), lang, edition, moved.id().value(),
                        moved.target().path().url() + (moved.target().anchor().isEmpty() ? "" : "#" + moved.target().anchor())));
            }
        }
        return new Manifest(
                config.title(config.defaultLanguage().tag()),
                config.defaultLanguage().tag().value(),
                config.currentEdition().id().value(),
                config.languages().stream().map(l -> new Manifest.LanguageEntry(l.tag().value(), l.name())).toList(),
                config.editions().stream()
                        .filter(edition -> handbook.books().stream().anyMatch(book -> book.edition().equals(edition)))
                        .map(e -> new Manifest.EditionEntry(e.id().value(), e.title(config.defaultLanguage().tag()), e.status().label(),
                                e.isCurrent())).toList(),
                pages,
                redirects,
                downloads.pdfs(),
                downloads.epubs(),
                citations);
    }
}
