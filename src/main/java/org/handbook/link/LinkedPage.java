package org.handbook.link;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbook.model.SitePath;
import org.handbook.parse.ParsedPage;

/**
 * A page placed in its book: its URL, its neighbours in reading order, its number ("4" for a
 * chapter, "B" for an annex; empty when the handbook numbers nothing) and its sections' numbers
 * by anchor id ("4.2"), and where each of its cross-references leads (empty where unresolved).
 */
public record LinkedPage(ParsedPage page, SitePath path, Optional<PageRef> previous, Optional<PageRef> next,
                         Optional<String> number, Map<String, String> sectionNumbers,
                         List<Optional<ReferenceTarget>> references) {

    public LinkedPage {
        sectionNumbers = Map.copyOf(sectionNumbers);
        references = List.copyOf(references);
    }

    LinkedPage withReferences(List<Optional<ReferenceTarget>> resolved) {
        return new LinkedPage(page, path, previous, next, number, sectionNumbers, resolved);
    }

    public PageRef ref() {
        return new PageRef(page.frontMatter().title(), path);
    }
}
