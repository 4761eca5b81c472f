package org.handbook.link;

import java.util.Set;
import org.handbook.model.SitePath;
import org.handbook.parse.country.CountryProfile;

/** A country profile placed in a book, with the paths of the facts old enough to flag to readers. */
public record LinkedCountry(CountryProfile profile, SitePath path, Set<String> staleFields) {

    public LinkedCountry {
        staleFields = Set.copyOf(staleFields);
    }

    public PageRef ref(String language) {
        return new PageRef(profile.name(language), path);
    }
}
