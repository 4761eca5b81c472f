package org.handbook.parse.country;

import java.util.List;
import org.handbook.config.Edition;

/** The parsed country profiles of one edition, sorted by code. */
public record ParsedCountries(Edition edition, List<CountryProfile> profiles) {

    public ParsedCountries {
        profiles = List.copyOf(profiles);
    }
}
