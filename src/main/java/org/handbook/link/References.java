package org.handbook.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.handbook.model.Diagnostics;
import org.handbook.model.PageId;
import org.handbook.model.PageKind;
import org.handbook.model.SitePath;
import org.handbook.parse.ParagraphNumbers;
import org.handbook.parse.Reference;
import org.handbook.parse.country.ProfileLayout;
import org.handbook.yaml.Spelling;

/**
 * Resolves the cross-references of one book's pages, reporting each one that leads nowhere. A
 * page, annex or glossary missing from a translation is looked up in the default language's book
 * of the same edition, so the reference still lands somewhere the reader can follow.
 */
final class References {

    private final LinkedBook book;
    private final Optional<LinkedBook> fallback;
    private final Map<String, SitePath> sitePages;
    private final Set<String> rejectedCountries;
    private final Diagnostics diagnostics;

    /**
     * @param fallback  the default language's book of the same edition, when {@code book} is a translation
     * @param sitePages the pages the site makes itself that references may name, by id ("countries")
     */
    References(LinkedBook book, Optional<LinkedBook> fallback, Map<String, SitePath> sitePages,
               Set<String> rejectedCountries, Diagnostics diagnostics) {
        this.book = book;
        this.fallback = fallback;
        this.sitePages = sitePages;
        this.rejectedCountries = rejectedCountries;
        this.diagnostics = diagnostics;
    }

    /** One entry per reference of {@code page}, in order; empty where it could not be resolved. */
    List<Optional<ReferenceTarget>> resolve(LinkedPage page) {
        List<Optional<ReferenceTarget>> targets = new ArrayList<>();
        for (Reference reference : page.page().references()) {
            targets.add(switch (reference.scheme()) {
                case XREF -> xref(reference);
                case ANNEX -> place(reference, inBook(candidates -> candidates.annexes().stream()
                                .filter(annex -> annex.number().orElse("").equalsIgnoreCase(reference.target())).findFirst()),
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
            return Optional.of(new ReferenceTarget(sitePage, "", ReferenceTarget.Kind.SITE_PAGE, "", "", reference.target()));
        }
        Optional<LinkedPage> page = PageId.isWellFormed(reference.target())
                ? inBook(candidates -> candidates.page(new PageId(reference.target()))) : Optional.empty();
        return place(reference, page, "there is no page with id '" + reference.target() + "'",
                () -> Stream.concat(book.pages().stream().map(p -> p.page().frontMatter().id().value()),
                        sitePages.keySet().stream()).toList());
    }

    private Optional<ReferenceTarget> term(Reference reference) {
        Optional<LinkedPage> glossary = inBook(candidates -> candidates.pages().stream()
                .filter(page -> page.page().frontMatter().kind() == PageKind.GLOSSARY).findFirst());
        if (glossary.isEmpty()) {
            report(reference, "this handbook has no glossary", reference.target(), List.of());
            return Optional.empty();
        }
        List<String> terms = glossary.get().page().outline().terms().stream().map(id -> id.value()).toList();
        String term = reference.target().toLowerCase(Locale.ROOT);
        if (!terms.contains(term) || !reference.anchor().isEmpty()) {
            report(reference, "the glossary has no term '" + reference.target() + "'", reference.target(), terms);
            return Optional.empty();
        }
        return Places.of(glossary.get(), term);
    }

    /** The page in this book, else in the default language's book. */
    private Optional<LinkedPage> inBook(Function<LinkedBook, Optional<LinkedPage>> find) {
        return find.apply(book).or(() -> fallback.flatMap(find));
    }

    /** @param known what the reference could have named, listed only when it names nothing */
    private Optional<ReferenceTarget> place(Reference reference, Optional<LinkedPage> found, String missing,
                                            Supplier<Collection<String>> known) {
        if (found.isEmpty()) {
            report(reference, missing, reference.target(), known.get());
            return Optional.empty();
        }
        LinkedPage target = found.get();
        Optional<ReferenceTarget> place = Places.of(target, reference.anchor());
        int paragraphs = target.page().outline().paragraphs();
        if (place.isEmpty() && ParagraphNumbers.numberOf(reference.anchor()).isPresent() && paragraphs > 0) {
            diagnostics.error(reference.position(), "HB-XREF-UNKNOWN", "cannot resolve " + reference.written() + ": '"
                    + target.page().frontMatter().id() + "' has numbered paragraphs p1 to p" + paragraphs + " only",
                    "check the paragraph's number on the built page: each one links to its own anchor");
        } else if (place.isEmpty()) {
            List<String> anchors = new ArrayList<>();
            target.page().outline().headings().forEach(heading -> anchors.add(heading.id().value()));
            target.page().outline().tables().forEach(table -> anchors.add(table.id().value()));
            report(reference, "'" + target.page().frontMatter().id() + "' has no section '#" + reference.anchor() + "'",
                    reference.anchor(), anchors);
        }
        return place;
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
        String name = country.get().profile().name(book.language().tag().value());
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

    private void report(Reference reference, String message, String written, Collection<String> known) {
        String nearest = Spelling.nearest(written, known).map(near -> "did you mean '" + near + "'? ").orElse("");
        String list = known.isEmpty() ? "there is nothing of that kind to refer to"
                : "known: " + known.stream().distinct().sorted().limit(12).collect(Collectors.joining(", "))
                        + (known.size() > 12 ? ", …" : "");
        diagnostics.error(reference.position(), "HB-XREF-UNKNOWN", "cannot resolve " + reference.written() + ": " + message,
                nearest + list);
    }
}
