package org.handbook.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handbook.config.Edition;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;
import org.handbook.parse.country.CountryProfile;
import org.handbook.parse.country.Fact;
import org.handbook.parse.country.ProfileField;
import org.handbook.parse.country.ProfileSection;

/**
 * Finds the facts older than the handbook allows. Age is counted back from the edition's date,
 * or, for an edition without one, from the newest fact it records, never from the clock: the same
 * sources must give the same site on any day.
 */
final class StaleFacts {

    private StaleFacts() {
    }

    /**
     * The stale field paths of each profile, by code. Readers see every one flagged; editors are
     * told of them once per file, in the edition they can edit: a frozen edition's facts stay as
     * they were published, and a warning about them is one nobody may act on.
     */
    static Map<String, Set<String>> find(Edition edition, List<CountryProfile> profiles, int staleAfterYears,
                                         Diagnostics diagnostics) {
        int reference = edition.date().map(date -> date.getYear()).orElseGet(() -> newestYear(profiles));
        Map<String, Set<String>> stale = new HashMap<>();
        for (CountryProfile profile : profiles) {
            Set<String> fields = new HashSet<>();
            List<String> described = new ArrayList<>();
            Optional<SourcePosition> first = Optional.empty();
            for (ProfileSection section : profile.sections()) {
                for (ProfileField field : section.fields()) {
                    Fact fact = field.fact();
                    if (fact.isRecorded() && fact.asOfYear().filter(year -> reference - year > staleAfterYears).isPresent()) {
                        fields.add(field.path());
                        described.add("`" + field.path() + "` (" + fact.asOf() + ")");
                        first = first.or(() -> Optional.of(fact.position()));
                    }
                }
            }
            if (edition.isCurrent() && first.isPresent()) {
                diagnostics.warning(first.get(), "HB-COUNTRY-STALE", (described.size() == 1 ? "1 fact is" : described.size()
                                + " facts are") + " dated more than " + staleAfterYears + " years before " + reference + ": "
                                + String.join(", ", described) + "; readers see " + (described.size() == 1 ? "it" : "them")
                                + " flagged as old",
                        "check each against a current source and update its asOf, or write 'not recorded'");
            }
            stale.put(profile.code(), fields);
        }
        return stale;
    }

    private static int newestYear(List<CountryProfile> profiles) {
        return profiles.stream()
                .flatMap(profile -> profile.sections().stream())
                .flatMap(section -> section.fields().stream())
                .map(field -> field.fact().asOfYear().orElse(0))
                .max(Integer::compare)
                .orElse(0);
    }
}
