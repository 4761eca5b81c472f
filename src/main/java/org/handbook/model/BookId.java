package org.handbook.model;

import java.util.Optional;

/** One book of a handbook, one language of one edition, as people name it: "en/2026". */
public record BookId(LanguageTag language, EditionId edition) {

    /** The book {@code text} names ("en/2026", "th/latest" never), or empty when it names none. */
    public static Optional<BookId> parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0 || !EditionId.isWellFormed(text.substring(slash + 1))) {
            return Optional.empty();
        }
        return LanguageTag.parse(text.substring(0, slash))
                .map(language -> new BookId(language, new EditionId(text.substring(slash + 1))));
    }

    @Override
    public String toString() {
        return language.value() + "/" + edition.value();
    }
}
