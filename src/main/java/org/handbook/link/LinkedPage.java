package org.handbook.link;

import java.util.Map;
import java.util.Optional;
import org.handbook.model.SitePath;
import org.handbook.parse.ParsedPage;

/**
 * A page placed in its book: its URL, its neighbours in reading order, its number ("4" for a
 * chapter, "B" for an annex; empty when the handbook numbers nothing) and its sections' numbers
 * by anchor id ("4.2").
 */
public record LinkedPage(ParsedPage page, SitePath path, Optional<PageRef> previous, Optional<PageRef> next,
                         Optional<String> number, Map<String, String> sectionNumbers) {

    public LinkedPage {
        sectionNumbers = Map.copyOf(sectionNumbers);
    }

    public PageRef ref() {
        return new PageRef(page.frontMatter().title(), path);
    }
}
