package org.handbook.link;

import java.util.List;
import org.handbook.model.LanguageTag;

/**
 * A book's subject index: its entries in the language's alphabetical order, under the letter
 * headings of that language ("A", "B"… in English; "ก", "ข"… in Thai).
 */
public record SubjectIndex(List<Group> groups) {

    public SubjectIndex {
        groups = List.copyOf(groups);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** The entries under one letter heading. */
    public record Group(String label, List<Entry> entries) {

        public Group {
            entries = List.copyOf(entries);
        }
    }

    /**
     * An entry: its term as first written and the language of the page it was written in (a
     * translated book's index holds the terms of the pages not translated yet), the places it is
     * marked in (each leads to the mark), its sub-entries, and the terms it sends the reader to
     * instead ("see") or as well ("see also").
     */
    public record Entry(String term, LanguageTag language, List<ReferenceTarget> locators, List<Entry> subentries,
                        List<String> see, List<String> seeAlso) {

        public Entry {
            locators = List.copyOf(locators);
            subentries = List.copyOf(subentries);
            see = List.copyOf(see);
            seeAlso = List.copyOf(seeAlso);
        }
    }
}
