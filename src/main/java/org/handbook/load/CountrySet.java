package org.handbook.load;

import java.util.List;
import java.util.Set;
import org.handbook.config.Edition;

/**
 * The country profiles of one edition, sorted by code, and the codes of the files that had errors
 * (reported already), so that later checks do not report those countries a second time as missing.
 */
public record CountrySet(Edition edition, List<CountryFile> countries, Set<String> rejectedCodes) {

    public CountrySet {
        countries = List.copyOf(countries);
        rejectedCodes = Set.copyOf(rejectedCodes);
    }
}
