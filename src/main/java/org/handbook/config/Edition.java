package org.handbook.config;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.handbook.model.EditionId;
import org.handbook.model.LanguageTag;

/**
 * An edition of the handbook, with its title per language (the first is the default language's)
 * and its printed books' ISBNs per language, where it has them.
 * The current one is built from the working tree; a published one from its frozen copy.
 */
public record Edition(EditionId id, Map<LanguageTag, String> titles, Optional<LocalDate> date, EditionStatus status,
                      Map<LanguageTag, String> isbn) {

    public Edition {
        titles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(titles));
        isbn = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(isbn));
    }

    public boolean isCurrent() {
        return status == EditionStatus.CURRENT;
    }

    /** The title in {@code language}, or in the default language when it has none of its own. */
    public String title(LanguageTag language) {
        return titles.getOrDefault(language, titles.values().iterator().next());
    }
}
