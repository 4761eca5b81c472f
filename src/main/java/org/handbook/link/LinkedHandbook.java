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
        return books.stream().mapToLong(book -> book.pages().size() + 1L).sum();
    }
}
