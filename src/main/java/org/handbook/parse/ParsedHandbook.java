package org.handbook.parse;

import java.util.List;
import org.handbook.config.HandbookConfig;

/** Every book after parsing. */
public record ParsedHandbook(HandbookConfig config, List<ParsedBook> books) {

    public ParsedHandbook {
        books = List.copyOf(books);
    }
}
