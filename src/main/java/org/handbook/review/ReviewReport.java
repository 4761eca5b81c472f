package org.handbook.review;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.handbook.changes.EditionChanges;

/**
 * What an amendment does to the published handbook, against the revision it was made from.
 *
 * @param base    the revision compared with, as the user named it
 * @param changed the sources that differ from it, from the handbook's root
 * @param books   each language and edition the change touches, in the handbook's order
 * @param pages   the print PDFs whose length changed, when asked for: "en/2026" → before and after
 */
public record ReviewReport(String base, Set<Path> changed, List<Book> books, Map<String, PageCount> pages) {

    public ReviewReport {
        changed = Set.copyOf(changed);
        books = List.copyOf(books);
        pages = Collections.unmodifiableMap(new LinkedHashMap<>(pages));
    }

    /** A PDF's pages before and after the change; 0 where it was not printed. */
    public record PageCount(int before, int now) {
    }

    /**
     * One language of one edition.
     *
     * @param languageName the language's own name ("English", "ไทย")
     * @param changes      its chapters' redlines and renumbered paragraphs, and its changed facts;
     *                     a missing translation's stand-in is left out, as its source's book shows it
     * @param references   references in other places whose text the change altered
     * @param outdated     translations the change made outdated
     */
    public record Book(String language, String languageName, String edition, EditionChanges changes,
                       List<ReferenceChange> references, List<OutdatedTranslation> outdated) {

        public Book {
            references = List.copyOf(references);
            outdated = List.copyOf(outdated);
        }

        boolean isEmpty() {
            return changes.isEmpty() && references.isEmpty() && outdated.isEmpty();
        }
    }

    /** A reference, at {@code file}:{@code line}, that read {@code before} and now reads {@code now}. */
    public record ReferenceChange(String file, int line, String before, String now) {
    }

    /** A translation that matched its source before the change and no longer does; the sections that changed. */
    public record OutdatedTranslation(String file, List<String> sections) {

        public OutdatedTranslation {
            sections = List.copyOf(sections);
        }
    }
}
