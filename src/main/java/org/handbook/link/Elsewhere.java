package org.handbook.link;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.handbook.model.PageId;

/**
 * Where a page or section a reference cannot find in its own book is written after all: in another
 * language of the same edition, or in another edition. That turns "there is no page" into what an
 * editor can act on. Pages standing in for a missing translation do not count.
 */
final class Elsewhere {

    private final List<LinkedBook> books;

    Elsewhere(List<LinkedBook> books) {
        this.books = List.copyOf(books);
    }

    /** The other books that have a page of this id. */
    List<LinkedBook> page(LinkedBook here, String id) {
        return withPage(here, id, book -> true, page -> true);
    }

    /** The other languages of the same edition whose page of this id has the anchor. */
    List<LinkedBook> section(LinkedBook here, String id, String anchor) {
        return withPage(here, id, book -> book.edition().id().equals(here.edition().id()),
                page -> Places.of(page, anchor).isPresent());
    }

    private List<LinkedBook> withPage(LinkedBook here, String id, Predicate<LinkedBook> among, Predicate<LinkedPage> having) {
        if (!PageId.isWellFormed(id)) {
            return List.of();
        }
        return books.stream()
                .filter(book -> book != here && among.test(book))
                .filter(book -> book.page(new PageId(id)).filter(Elsewhere::written).filter(having).isPresent())
                .toList();
    }

    private static boolean written(LinkedPage page) {
        return page.translation().status() != TranslationState.Status.MISSING;
    }

    /** Books as an editor names them: "th 2026, en 2010". */
    static String names(List<LinkedBook> found) {
        return found.stream().map(book -> book.language().tag().value() + " " + book.edition().id().value())
                .collect(Collectors.joining(", "));
    }
}
