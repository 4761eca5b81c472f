package org.handbook.changes;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.handbook.changes.EditionChanges.CountryChange;
import org.handbook.changes.EditionChanges.FieldChange;
import org.handbook.changes.EditionChanges.PageChange;
import org.handbook.config.Edition;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedCountry;
import org.handbook.link.LinkedHandbook;
import org.handbook.link.LinkedPage;
import org.handbook.parse.country.Fact;
import org.handbook.parse.country.ProfileField;

/** Compares each edition of each language with the edition declared before it. */
public final class EditionComparison {

    private EditionComparison() {
    }

    /** The changes of every book that has an earlier edition in the same language, in the handbook's book order. */
    public static List<EditionChanges> compare(LinkedHandbook handbook) {
        List<EditionChanges> all = new ArrayList<>();
        List<Edition> editions = handbook.config().editions();
        for (LinkedBook book : handbook.books()) {
            int index = editions.indexOf(book.edition());
            for (int earlier = index - 1; earlier >= 0; earlier--) {
                Optional<LinkedBook> previous = handbook.book(book.language().tag(), editions.get(earlier).id());
                if (previous.isPresent()) {
                    all.add(between(previous.get(), book));
                    break;
                }
            }
        }
        return all;
    }

    /** What changed from {@code before} to {@code now}, two books of the same language. */
    public static EditionChanges between(LinkedBook before, LinkedBook now) {
        Redline redline = new Redline(new WordDiff(ULocale.forLanguageTag(now.language().tag().value())));
        Map<String, LinkedPage> old = before.pages().stream()
                .collect(Collectors.toMap(page -> page.page().frontMatter().id().value(), Function.identity()));
        List<PageChange> pages = new ArrayList<>();
        for (LinkedPage page : now.pages()) {
            String id = page.page().frontMatter().id().value();
            LinkedPage was = old.remove(id);
            if (was == null) {
                pages.add(new PageChange(id, page.page().title(), PageChange.Status.ADDED,
                        page.number().orElse(""), "", Optional.of(page.path()), Optional.empty(), List.of(), List.of()));
            } else if (!was.translation().contentLanguage().equals(page.translation().contentLanguage())) {
                // Text in two languages is not a redline: say that the chapter is now translated.
                pages.add(new PageChange(id, page.page().title(), PageChange.Status.TRANSLATED,
                        page.number().orElse(""), was.number().orElse(""), Optional.of(page.path()), Optional.of(was.path()),
                        List.of(), List.of()));
            } else if (!was.page().blocks().equals(page.page().blocks())
                    || !was.page().title().equals(page.page().title())) {
                pages.add(new PageChange(id, page.page().title(), PageChange.Status.CHANGED,
                        page.number().orElse(""), was.number().orElse(""), Optional.of(page.path()), Optional.of(was.path()),
                        redline.changes(was.page().blocks(), page.page().blocks()),
                        Redline.moves(was.page().blocks(), page.page().blocks(), was.number().orElse(""),
                                page.number().orElse(""))));
            }
        }
        for (LinkedPage removed : before.pages()) {
            if (old.containsKey(removed.page().frontMatter().id().value())) {
                pages.add(new PageChange(removed.page().frontMatter().id().value(), removed.page().title(),
                        PageChange.Status.REMOVED, "", removed.number().orElse(""), Optional.empty(),
                        Optional.of(removed.path()), List.of(), List.of()));
            }
        }
        return new EditionChanges(now, before.edition(), pages, countries(before, now));
    }

    private static List<CountryChange> countries(LinkedBook before, LinkedBook now) {
        String language = now.language().tag().value();
        List<CountryChange> changes = new ArrayList<>();
        for (LinkedCountry country : now.countries()) {
            before.country(country.profile().code()).ifPresent(was -> {
                List<FieldChange> fields = new ArrayList<>();
                for (ProfileField field : fields(country)) {
                    Fact old = was.profile().fact(field.path()).orElse(Fact.notRecorded(field.fact().position()));
                    if (!sameFact(old, field.fact())) {
                        fields.add(new FieldChange(field.path(), old, field.fact()));
                    }
                }
                if (!fields.isEmpty()) {
                    changes.add(new CountryChange(country.profile().code(), country.profile().name(language), country.path(),
                            fields));
                }
            });
        }
        return changes;
    }

    private static List<ProfileField> fields(LinkedCountry country) {
        return country.profile().sections().stream().flatMap(section -> section.fields().stream()).toList();
    }

    /**
     * The same fact: value and dates. A newer source for it, or another wording of its note, is
     * not a change of the fact.
     */
    private static boolean sameFact(Fact a, Fact b) {
        return a.value().equals(b.value()) && a.date().equals(b.date()) && a.signed().equals(b.signed());
    }
}
