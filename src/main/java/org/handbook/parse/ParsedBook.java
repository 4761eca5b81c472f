package org.handbook.parse;

import java.util.List;
import org.handbook.config.Edition;
import org.handbook.config.Language;
import org.handbook.load.UnreadablePage;

/**
 * The parsed pages of one language in one edition, in reading order, and the chapter files whose
 * front matter could not be read, which later stages know by their probable ids.
 */
public record ParsedBook(Language language, Edition edition, List<ParsedPage> pages, List<UnreadablePage> unreadable) {

    public ParsedBook {
        pages = List.copyOf(pages);
        unreadable = List.copyOf(unreadable);
    }
}
