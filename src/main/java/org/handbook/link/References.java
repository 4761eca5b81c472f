package org.handbook.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.handbook.model.Diagnostics;
import org.handbook.model.PageId;
import org.handbook.model.SitePath;
import org.handbook.model.Title;
import org.handbook.parse.ParagraphNumbers;
import org.handbook.parse.Reference;
import org.handbook.parse.country.ProfileLayout;
import org.handbook.yaml.Spelling;

/**
 * Resolves the cross-references of one book's pages, reporting each one that leads nowhere. Every
 * book has every page (a translated book publishes the default language's page where a
 * translation is missing), so a reference lands in the reader's language wherever it can; a
 * section, paragraph, table or term that a translation lacks is taken from its source.
 */
final class References {

    private final LinkedBook book;
    private final Optional<LinkedBook> source;
    private final Map<String, SitePath> sitePages;
    private final Set<String> rejectedCountries;
    private final Set<String> unreadable;
    private final Elsewhere elsewhere;
    private final Diagnostics diagnostics;
    private boolean reporting = true;

    /**
     * @param source    the default language's book of the same edition, when {@code book} is a translation
     * @param sitePages the pages the site makes itself that references may name, by id ("countries")
     * @param unreadable the probable ids of the book's pages whose front matter could not be read:
     *                   a reference to one is not reported, as the page's own error says why it is missing
     * @param elsewhere the other books, to tell an editor where a missing target is written
     */
    References(LinkedBook book, Optional<LinkedBook> source, Map<String, SitePath> sitePages, Set<String> rejectedCountries,
               Set<String> unreadable, Elsewhere elsewhere, Diagnostics diagnostics) {
        this.book = book;
        this.unreadable = unreadable;
        this.source = source;
        this.sitePages = sitePages;
        this.rejectedCountries = rejectedCountries;
        this.elsewhere = elsewhere;
        this.diagnostics = diagnostics;
    }

    /**
     * One entry per reference of {@code page}, in order; empty where it could not be resolved. A
     * page standing in for a missing translation reports nothing: its source page already has.
     */
    List<Optional<ReferenceTarget>> resolve(LinkedPage page) {
        reporting = page.translation().status() != TranslationState.Status.MISSING;
        List<Optional<ReferenceTarget>> targets = new ArrayList<>();
        for (Reference reference : page.page().references()) {
            targets.add(switch (reference.scheme()) {
                case XREF -> xref(reference);
                case ANNEX -> place(reference, book.annexes().stream()
                                .filter(annex -> annex.number().orElse("").equalsIgnoreCase(reference.target())).findFirst(),
                        "there is no Annex " + reference.target(),
                        () -> book.annexes().stream().map(annex -> annex.number().orElse("")).filter(l -> !l.isEmpty()).toList());
                case COUNTRY -> country(reference);
                case GLOSSARY -> term(reference);
            });
        }
        return targets;
    }

    private Optional<ReferenceTarget> xref(Reference reference) {
        SitePath sitePage = sitePages.get(reference.target());
        if (sitePage != null && reference.anchor().isEmpty()) {
            return Optional.of(new ReferenceTarget(sitePage, "", ReferenceTarget.Kind.SITE_PAGE, "", Title.plain(""), reference.target()));
        }
        Optional<LinkedPage> page = PageId.isWellFormed(reference.target())
                ? book.page(new PageId(reference.target())) : Optional.empty();
        if (page.isEmpty() && unreadable.contains(reference.target())) {
            return Optional.empty();
        }
        List<LinkedBook> others = page.isEmpty() ? elsewhere.page(book, reference.target()) : List.of();
        if (!others.isEmpty()) {
            boolean sameEdition = others.stream().anyMatch(other -> other.edition().id().equals(book.edition().id()));
            reportOnly(reference, "there is no page with id '" + reference.target() + "' in " + Elsewhere.names(List.of(book))
                            + ", only in " + Elsewhere.names(others),
                    sameEdition ? "write the page in " + book.language().tag().value() + " too, or refer to it only from the languages that have it"
                            : "a reference stays within its edition: bring the page into this edition, or link to the other"
                                    + " edition's page by its address");
            return Optional.empty();
        }
        return place(reference, page, "there is no page with id '" + reference.target() + "'",
                () -> Stream.concat(book.pages().stream().map(p -> p.page().frontMatter().id().value()),
                        sitePages.keySet().stream()).toList());
    }

    private Optional<ReferenceTarget> term(Reference reference) {
        Optional<LinkedPage> glossary = book.glossary();
        if (glossary.isEmpty()) {
            // The glossary may be the page that could not be read, which its own error reports.
            if (unreadable.isEmpty()) {
                report(reference, "this handbook has no glossary", reference.target(), List.of());
            }
            return Optional.empty();
        }
        String term = reference.target().toLowerCase(Locale.ROOT);
        Optional<ReferenceTarget> found = reference.anchor().isEmpty() ? termIn(glossary.get(), term) : Optional.empty();
        if (found.isEmpty() && reference.anchor().isEmpty()) {
            found = source.flatMap(LinkedBook::glossary).flatMap(original -> termIn(original, term));
        }
        if (found.isEmpty()) {
            report(reference, "the glossary has no term '" + reference.target() + "'", reference.target(),
                    glossary.get().page().outline().terms().stream().map(id -> id.value()).toList());
        }
        return found;
    }

    private static Optional<ReferenceTarget> termIn(LinkedPage glossary, String term) {
        return glossary.page().outline().terms().stream().anyMatch(id -> id.value().equals(term))
                ? Places.of(glossary, term) : Optional.empty();
    }

    /** @param known what the reference could have named, listed only when it names nothing */
    private Optional<ReferenceTarget> place(Reference reference, Optional<LinkedPage> found, String missing,
                                            Supplier<Collection<String>> known) {
        if (found.isEmpty()) {
            report(reference, missing, reference.target(), known.get());
            return Optional.empty();
        }
        LinkedPage target = found.get();
        Optional<ReferenceTarget> place = Places.of(target, reference.anchor())
                .or(() -> inSource(target).flatMap(original -> Places.of(original, reference.anchor())));
        int paragraphs = target.page().outline().paragraphs();
        if (place.isEmpty() && !reporting) {
            return place;
        } else if (place.isEmpty() && ParagraphNumbers.numberOf(reference.anchor()).isPresent() && paragraphs > 0) {
            diagnostics.error(reference.position(), "HB-XREF-UNKNOWN", "cannot resolve " + reference.written() + ": '"
                    + target.page().frontMatter().id() + "' has numbered paragraphs p1 to p" + paragraphs + " only",
                    "check the paragraph's number on the built page: each one links to its own anchor");
        } else if (place.isEmpty() && !sectionElsewhere(target, reference.anchor()).isEmpty()) {
            reportOnly(reference, "'" + target.page().frontMatter().id() + "' has no section '#" + reference.anchor() + "' in "
                            + Elsewhere.names(List.of(book)) + ", only in " + Elsewhere.names(sectionElsewhere(target, reference.anchor())),
                    "give the heading the same anchor in every language with {#" + reference.anchor() + "} at its end");
        } else if (place.isEmpty()) {
            List<String> anchors = List.copyOf(target.page().outline().namedAnchors());
            report(reference, "'" + target.page().frontMatter().id() + "' has no section '#" + reference.anchor() + "'",
                    reference.anchor(), anchors);
        }
        return place;
    }

    private List<LinkedBook> sectionElsewhere(LinkedPage target, String anchor) {
        return elsewhere.section(book, target.page().frontMatter().id().value(), anchor);
    }

    /** The default language's page a translated page was made from. */
    private Optional<LinkedPage> inSource(LinkedPage page) {
        if (page.translation().source().isEmpty()) {
            return Optional.empty();
        }
        return source.flatMap(original -> original.page(page.page().frontMatter().id()));
    }

    private Optional<ReferenceTarget> country(Reference reference) {
        String code = reference.target().toUpperCase(Locale.ROOT);
        Optional<LinkedCountry> country = book.country(code);
        if (country.isEmpty()) {
            if (!rejectedCountries.contains(code)) {
                report(reference, "there is no country profile for '" + reference.target() + "'", code,
                        book.countries().stream().map(c -> c.profile().code()).toList());
            }
            return Optional.empty();
        }
        Title name = Title.plain(country.get().profile().name(book.language().tag().value()));
        if (reference.anchor().isEmpty()) {
            return Optional.of(new ReferenceTarget(country.get().path(), "", ReferenceTarget.Kind.COUNTRY, "", name, ""));
        }
        if (!ProfileLayout.ANCHORS.contains(reference.anchor())) {
            report(reference, "country profiles have no section '#" + reference.anchor() + "'", reference.anchor(),
                    ProfileLayout.ANCHORS);
            return Optional.empty();
        }
        return Optional.of(new ReferenceTarget(country.get().path(), reference.anchor(), ReferenceTarget.Kind.COUNTRY_SECTION,
                "", name, reference.anchor()));
    }

    private void reportOnly(Reference reference, String message, String hint) {
        if (reporting) {
            diagnostics.error(reference.position(), "HB-XREF-UNKNOWN", "cannot resolve " + reference.written() + ": " + message, hint);
        }
    }

    private void report(Reference reference, String message, String written, Collection<String> known) {
        if (!reporting) {
            return;
        }
        diagnostics.error(reference.position(), "HB-XREF-UNKNOWN", "cannot resolve " + reference.written() + ": " + message,
                suggestion(written, known));
    }

    /** "did you mean 'x'? " when something known is near {@code written}, then the closest known names. */
    static String suggestion(String written, Collection<String> known) {
        String nearest = Spelling.nearest(written, known).map(near -> "did you mean '" + near + "'? ").orElse("");
        List<String> closest = Spelling.byCloseness(written, known);
        String list = known.isEmpty() ? "there is nothing of that kind to refer to"
                : (closest.size() > 12 ? "the closest of " + closest.size() + ": " : "known: ")
                        + String.join(", ", closest.subList(0, Math.min(12, closest.size())))
                        + (closest.size() > 12 ? ", …" : "");
        return nearest + list;
    }
}
