package org.handbook.load;

import java.util.List;
import org.handbook.config.HandbookConfig;

/**
 * Everything the load stage read: one book per edition and language that has sources, and the
 * country profiles of each edition.
 */
public record Sources(HandbookConfig config, List<SourceBook> books, List<CountrySet> countries) {

    public Sources {
        books = List.copyOf(books);
        countries = List.copyOf(countries);
    }
}
