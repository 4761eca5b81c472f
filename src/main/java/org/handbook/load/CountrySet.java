package org.handbook.load;

import java.util.List;
import org.handbook.config.Edition;

/** The country profiles of one edition, sorted by code. */
public record CountrySet(Edition edition, List<CountryFile> countries) {

    public CountrySet {
        countries = List.copyOf(countries);
    }
}
