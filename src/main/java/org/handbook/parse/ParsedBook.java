package org.handbook.parse;

import java.util.List;
import org.handbook.config.Edition;
import org.handbook.config.Language;

/** The parsed pages of one language in one edition, in reading order. */
public record ParsedBook(Language language, Edition edition, List<ParsedPage> pages) {

    public ParsedBook {
        pages = List.copyOf(pages);
    }
}
