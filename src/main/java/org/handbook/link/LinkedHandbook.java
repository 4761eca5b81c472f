package org.handbook.link;

import java.util.List;
import java.util.Optional;
import org.handbook.config.HandbookConfig;
import org.handbook.model.EditionId;
import org.handbook.model.LanguageTag;

/** Every book, placed and linked. */
public record LinkedHandbook(HandbookConfig config, List<LinkedBook> books) {

    public LinkedHandbook {
        books = List.copyOf(books);
    }

    public Optional<LinkedBook> book(LanguageTag language, EditionId edition) {
        return books.stream()
                .filter(book -> book.language().tag().equals(language) && book.edition().id().equals(edition))
                .findFirst();
    }

    public long pageCount() {
        return books.stream().mapToLong(LinkedHandbook::pageCount).sum();
    }

    /**
     * The pages of one book: home, chapters and annexes, the annex and subject indexes, the
     * country list and profiles, the search page.
     */
    public static int pageCount(LinkedBook book) {
        return 2 + book.pages().size() + book.countriesPage().map(list -> 1 + book.countries().size()).orElse(0)
                + (book.annexIndexPage().isPresent() ? 1 : 0) + (book.subjectIndexPage().isPresent() ? 1 : 0);
    }
}
