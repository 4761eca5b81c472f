package org.handbook.render.page;

import org.handbook.link.LinkedBook;
import org.handbook.link.SubjectIndex;

/**
 * How much of a long book the pages that show all of it can carry. The sidebar is on every page,
 * so listing every page there makes a book's size grow with the square of its pages (a 3,000-page
 * book's chapters were 390 kB each, nearly all navigation); the contents and the search page are
 * one page each, but list every section of every page; the subject index grows with the places
 * editors mark.
 */
final class BookSize {

    /**
     * Up to this many pages (chapters, parts, sub-chapters and annexes), every page shows them all
     * in its navigation, about 20 kB of HTML at most; a longer book's navigation is pruned to the
     * reader's neighbourhood of it.
     */
    static final int FULL_NAVIGATION = 150;
    /**
     * Up to this many pages, the contents and the search page list each page's sections too, a
     * few kB per ten pages; a longer book's list its pages alone, and keeps those pages to a few
     * megabytes at 10,000 pages.
     */
    static final int LISTED_SECTIONS = 1_000;

    /**
     * Up to this many places marked in the subject index (about 110 bytes each), the index is one
     * page; a larger one has a page for each letter, as Sphinx's split index has.
     */
    static final int ONE_PAGE_INDEX = 3_000;

    private BookSize() {
    }

    static boolean prunesNavigation(LinkedBook book) {
        return book.pages().size() > FULL_NAVIGATION;
    }

    static boolean listsSections(LinkedBook book) {
        return book.pages().size() <= LISTED_SECTIONS;
    }

    static boolean splitsSubjectIndex(LinkedBook book) {
        long places = 0;
        for (SubjectIndex.Group group : book.subjectIndex().groups()) {
            for (SubjectIndex.Entry entry : group.entries()) {
                places += places(entry);
            }
        }
        return places > ONE_PAGE_INDEX;
    }

    private static long places(SubjectIndex.Entry entry) {
        long places = entry.locators().size();
        for (SubjectIndex.Entry sub : entry.subentries()) {
            places += places(sub);
        }
        return places;
    }
}
