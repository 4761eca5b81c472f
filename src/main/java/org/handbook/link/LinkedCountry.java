package org.handbook.link;

import java.util.List;
import java.util.Set;
import org.handbook.model.SitePath;
import org.handbook.model.Title;
import org.handbook.parse.country.CountryProfile;

/**
 * A country profile placed in a book, with the paths of the facts old enough to flag to readers,
 * and the places in the book's pages that refer to it.
 */
public record LinkedCountry(CountryProfile profile, SitePath path, Set<String> staleFields,
                            List<Referral> referencedFrom) {

    public LinkedCountry {
        staleFields = Set.copyOf(staleFields);
        referencedFrom = List.copyOf(referencedFrom);
    }

    LinkedCountry withUses(Uses uses) {
        return new LinkedCountry(profile, path, staleFields, uses.referencedFrom(path));
    }

    public PageRef ref(String language) {
        return new PageRef(Title.plain(profile.name(language)), path);
    }
}
