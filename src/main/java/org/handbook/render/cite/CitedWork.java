package org.handbook.render.cite;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The book, or a chapter of it, as a citation file describes it.
 *
 * @param key        the entry's key, unique in the file and the same from build to build ({@code handbook-en-2026-extradition})
 * @param chapter    whether it is a chapter (annex, profile) of the book rather than the book itself
 * @param title      its title; a chapter's without its number
 * @param bookTitle  the book's title
 * @param number     a chapter's number as readers see it ("6", "B"), or empty
 * @param edition    the edition's title in the book's language
 * @param author     the author handbook.yml names (an organisation, cited as a whole name), or empty
 * @param publisher  the publisher, or empty
 * @param isbn       the edition's ISBN in the book's language, or empty
 * @param url        its address, when the handbook has one readers can visit
 */
record CitedWork(String key, boolean chapter, String title, String bookTitle, String number, String edition, String language,
                 Optional<LocalDate> date, String author, String publisher, String isbn, Optional<String> url) {
}
