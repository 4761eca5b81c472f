package org.handbook.link;

import java.util.List;
import java.util.Optional;
import org.handbook.model.LanguageTag;
import org.handbook.model.SitePath;

/**
 * Where a page's text comes from in its book, and how current it is: an original in the book's
 * language, a translation (current, outdated, or not yet marked with the version of its source),
 * or the default language's page standing in for a missing translation. {@code changed} names the
 * source's sections that changed since an outdated translation was made; {@code source} is the
 * default language's page for every translated or missing page.
 */
public record TranslationState(Status status, LanguageTag contentLanguage, boolean reviewed,
                               List<ReferenceTarget> changed, Optional<SitePath> source) {

    public TranslationState {
        changed = List.copyOf(changed);
    }

    public enum Status {
        /** Written in the book's language, not translated from another. */
        ORIGINAL,
        /** Translated from the source as it is now. */
        CURRENT,
        /** Translated from an older version of the source. */
        OUTDATED,
        /** Translated, with no record of which version of the source. */
        UNMARKED,
        /** Not translated: the default language's page stands in. */
        MISSING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static TranslationState original(LanguageTag language) {
        return new TranslationState(Status.ORIGINAL, language, true, List.of(), Optional.empty());
    }
}
