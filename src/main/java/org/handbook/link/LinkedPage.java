package org.handbook.link;

import java.util.Optional;
import org.handbook.model.SitePath;
import org.handbook.parse.ParsedPage;

/** A page placed in its book: its URL and its neighbours in reading order. */
public record LinkedPage(ParsedPage page, SitePath path, Optional<PageRef> previous, Optional<PageRef> next) {

    public PageRef ref() {
        return new PageRef(page.frontMatter().title(), path);
    }
}
