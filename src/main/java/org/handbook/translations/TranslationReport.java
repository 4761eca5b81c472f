package org.handbook.translations;

import java.util.List;

/**
 * How far each language's translation of each edition has come: one {@link Book} per translated
 * language and edition, with a {@link Page} per chapter in reading order.
 */
public record TranslationReport(String defaultLanguage, List<Book> books) {

    public TranslationReport {
        books = List.copyOf(books);
    }

    /**
     * One language of one edition: how many chapters there are, how many are translated (current,
     * outdated or unmarked) and missing, and the translated share as a whole percentage;
     * {@code frozen} for a published edition, whose chapters nobody edits or translates any more.
     */
    public record Book(String language, String edition, boolean frozen, int total, int current, int outdated, int unmarked,
                       int missing, int translated, int percent, List<Page> pages) {

        public Book {
            pages = List.copyOf(pages);
        }

        static Book of(String language, String edition, boolean frozen, int current, int outdated, int unmarked, int missing,
                       List<Page> pages) {
            int translated = current + outdated + unmarked;
            return new Book(language, edition, frozen, pages.size(), current, outdated, unmarked, missing, translated,
                    pages.isEmpty() ? 100 : translated * 100 / pages.size(), pages);
        }
    }

    /**
     * A chapter: {@code status} is current, outdated, unmarked, missing or original; {@code file}
     * the translation's file (the source's when missing); {@code changed} the source's sections
     * that changed since an outdated translation was made, by anchor, and {@code changedSections}
     * the same as readers see them: number and heading ("4.1 What it is for").
     */
    public record Page(String id, String file, String source, String status, boolean reviewed, List<String> changed,
                       List<String> changedSections) {

        public Page {
            changed = List.copyOf(changed);
            changedSections = List.copyOf(changedSections);
        }
    }
}
