package org.handbook.parse.country;

import java.util.List;
import java.util.Set;
import org.handbook.config.Edition;

/** The parsed country profiles of one edition, sorted by code, and the codes of profiles with errors. */
public record ParsedCountries(Edition edition, List<CountryProfile> profiles, Set<String> rejectedCodes) {

    public ParsedCountries {
        profiles = List.copyOf(profiles);
        rejectedCodes = Set.copyOf(rejectedCodes);
    }
}
