package org.handbook.load;

import java.util.List;
import org.handbook.config.Edition;
import org.handbook.config.Language;

/** The pages of one language in one edition, in reading order. */
public record SourceBook(Language language, Edition edition, List<SourcePage> pages) {

    public SourceBook {
        pages = List.copyOf(pages);
    }
}
