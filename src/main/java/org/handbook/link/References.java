package org.handbook.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.handbook.model.Diagnostics;
import org.handbook.model.PageKind;
import org.handbook.parse.Heading;
import org.handbook.parse.ParagraphNumbers;
import org.handbook.parse.Reference;
import org.handbook.parse.country.ProfileLayout;
import org.handbook.yaml.Spelling;

/** Resolves the cross-references of one book's pages, reporting each one that leads nowhere. */
final class References {

    private final List<LinkedPage> pages;
    private final Map<String, LinkedPage> pagesById;
    private final List<LinkedCountry> countries;
    private final Set<String> rejectedCountries;
    private final String language;
    private final Diagnostics diagnostics;

    References(List<LinkedPage> pages, List<LinkedCountry> countries, Set<String> rejectedCountries, String language,
               Diagnostics diagnostics) {
        this.pages = pages;
        this.pagesById = pages.stream().collect(Collectors.toMap(page -> page.page().frontMatter().id().value(),
                Function.identity(), (first, second) -> first));
        this.countries = countries;
        this.rejectedCountries = rejectedCountries;
        this.language = language;
        this.diagnostics = diagnostics;
    }

    /** One entry per reference of {@code page}, in order; empty where it could not be resolved. */
    List<Optional<ReferenceTarget>> resolve(LinkedPage page) {
        List<Optional<ReferenceTarget>> targets = new ArrayList<>();
        for (Reference reference : page.page().references()) {
            targets.add(switch (reference.scheme()) {
                case XREF -> page(reference, Optional.ofNullable(pagesById.get(reference.target())),
                        "there is no page with id '" + reference.target() + "'", pagesById.keySet());
                case ANNEX -> page(reference, pages.stream()
                        .filter(candidate -> candidate.page().frontMatter().kind() == PageKind.ANNEX
                                && candidate.number().orElse("").equalsIgnoreCase(reference.target())).findFirst(),
                        "there is no Annex " + reference.target(),
                        pages.stream().filter(candidate -> candidate.page().frontMatter().kind() == PageKind.ANNEX)
                                .map(candidate -> candidate.number().orElse("")).filter(letter -> !letter.isEmpty()).toList());
                case COUNTRY -> country(reference);
            });
        }
        return targets;
    }

    private Optional<ReferenceTarget> page(Reference reference, Optional<LinkedPage> found, String missing,
                                           Collection<String> known) {
        if (found.isEmpty()) {
            report(reference, missing, reference.target(), known);
            return Optional.empty();
        }
        LinkedPage target = found.get();
        String title = target.page().frontMatter().title();
        String number = target.number().orElse("");
        if (reference.anchor().isEmpty()) {
            ReferenceTarget.Kind kind = target.page().frontMatter().kind() == PageKind.ANNEX
                    ? ReferenceTarget.Kind.ANNEX : ReferenceTarget.Kind.CHAPTER;
            return Optional.of(new ReferenceTarget(target.path(), "", kind, number, title, ""));
        }
        Optional<Integer> paragraph = paragraph(reference.anchor(), target.page().outline().paragraphs());
        if (paragraph.isPresent()) {
            String paragraphNumber = number.isEmpty() ? String.valueOf(paragraph.get()) : number + "." + paragraph.get();
            return Optional.of(new ReferenceTarget(target.path(), reference.anchor(), ReferenceTarget.Kind.PARAGRAPH,
                    paragraphNumber, title, ""));
        }
        Optional<Heading> heading = target.page().outline().headings().stream()
                .filter(candidate -> candidate.id().value().equals(reference.anchor())).findFirst();
        if (heading.isEmpty()) {
            report(reference, "'" + target.page().frontMatter().id() + "' has no section '#" + reference.anchor() + "'",
                    reference.anchor(), target.page().outline().headings().stream().map(h -> h.id().value()).toList());
            return Optional.empty();
        }
        return Optional.of(new ReferenceTarget(target.path(), reference.anchor(), ReferenceTarget.Kind.SECTION,
                target.sectionNumbers().getOrDefault(reference.anchor(), ""), heading.get().text(), ""));
    }

    /** The paragraph an anchor such as "p12" names, when the page has that many numbered paragraphs. */
    private static Optional<Integer> paragraph(String anchor, int paragraphs) {
        return ParagraphNumbers.numberOf(anchor).filter(number -> number <= paragraphs);
    }

    private Optional<ReferenceTarget> country(Reference reference) {
        String code = reference.target().toUpperCase(Locale.ROOT);
        Optional<LinkedCountry> country = countries.stream().filter(c -> c.profile().code().equals(code)).findFirst();
        if (country.isEmpty()) {
            if (!rejectedCountries.contains(code)) {
                report(reference, "there is no country profile for '" + reference.target() + "'", code,
                        countries.stream().map(c -> c.profile().code()).toList());
            }
            return Optional.empty();
        }
        String name = country.get().profile().name(language);
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
