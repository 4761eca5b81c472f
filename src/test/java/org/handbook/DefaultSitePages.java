package org.handbook;

import java.util.ArrayList;
import java.util.List;

/** The pages of the repository's handbook that the reader-facing tests visit: one of each kind in every language. */
final class DefaultSitePages {

    static final List<String> LANGUAGES = List.of("en", "th", "id", "vi", "lo", "km", "my");
    /**
     * A page of each kind in a book: home, chapter, annex, country profile, the lists of countries
     * and of annexes, the subject index, the glossary, the table of authorities, what changed, and search.
     */
    static final List<String> KINDS = List.of("", "mutual-legal-assistance/", "instruments-status/",
            "countries/th/", "countries/", "annexes/", "subject-index/", "glossary/", "table-of-authorities/", "changes/",
            "search/");

    private DefaultSitePages() {
    }

    /** Each kind of page of the current edition, in every language, as paths from the site's root. */
    static List<String> ofCurrentEdition() {
        List<String> pages = new ArrayList<>();
        for (String language : LANGUAGES) {
            KINDS.forEach(kind -> pages.add(language + "/2026/" + kind + "index.html"));
        }
        return pages;
    }
}
