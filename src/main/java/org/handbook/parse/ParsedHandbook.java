package org.handbook.parse;

import java.util.List;
import java.util.Optional;
import org.handbook.config.HandbookConfig;
import org.handbook.model.EditionId;
import org.handbook.parse.country.ParsedCountries;

/** Every book and every edition's country profiles after parsing. */
public record ParsedHandbook(HandbookConfig config, List<ParsedBook> books, List<ParsedCountries> countries) {

    public ParsedHandbook {
        books = List.copyOf(books);
        countries = List.copyOf(countries);
    }

    public Optional<ParsedCountries> countries(EditionId edition) {
        return countries.stream().filter(set -> set.edition().id().equals(edition)).findFirst();
    }
}
