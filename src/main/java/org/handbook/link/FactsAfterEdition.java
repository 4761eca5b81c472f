package org.handbook.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handbook.config.Edition;
import org.handbook.model.Diagnostics;
import org.handbook.parse.country.CountryProfile;
import org.handbook.parse.country.Fact;
import org.handbook.parse.country.ProfileField;
import org.handbook.parse.country.ProfileSection;

/**
 * Finds the facts an edition cannot hold: those dated after the edition's own date. A first
 * edition of 2010 that shows a status "as of 2026", or a ratification of 2013, tells readers of
 * that edition something nobody could have known then.
 */
final class FactsAfterEdition {

    private FactsAfterEdition() {
    }

    static void check(Edition edition, List<CountryProfile> profiles, Diagnostics diagnostics) {
        if (edition.date().isEmpty()) {
            return;
        }
        LocalDate editionDate = edition.date().get();
        for (CountryProfile profile : profiles) {
            List<String> described = new ArrayList<>();
            Optional<Fact> first = Optional.empty();
            for (ProfileSection section : profile.sections()) {
                for (ProfileField field : section.fields()) {
                    Fact fact = field.fact();
                    if (!fact.isRecorded()) {
                        continue;
                    }
                    List<String> late = new ArrayList<>();
                    after(fact.asOf(), editionDate).ifPresent(date -> late.add("holds as of " + date));
                    fact.date().flatMap(date -> after(date, editionDate)).ifPresent(date -> late.add("dated " + date));
                    fact.signed().flatMap(date -> after(date, editionDate)).ifPresent(date -> late.add("signed " + date));
                    if (!late.isEmpty()) {
                        described.add("`" + field.path() + "` (" + String.join(", ", late) + ")");
                        first = first.or(() -> Optional.of(fact));
                    }
                }
            }
            first.ifPresent(fact -> diagnostics.error(fact.position(), "HB-COUNTRY-AFTER-EDITION",
                    (described.size() == 1 ? "1 fact is" : described.size() + " facts are") + " dated after this edition's date ("
                            + editionDate + "): " + String.join(", ", described),
                    "an edition records what held by its date: give the date its source shows for the position then, or write 'not recorded'"));
        }
    }

    /**
     * The written date ("2011", "2011-05" or "2011-05-03", as the schema admits them) when even its
     * first possible day comes after {@code limit}: padded to that day, ISO dates compare as text.
     */
    private static Optional<String> after(String written, LocalDate limit) {
        if (written.length() < 4) {
            return Optional.empty();
        }
        String firstDay = (written + "-01-01").substring(0, 10);
        return firstDay.compareTo(limit.toString()) > 0 ? Optional.of(written) : Optional.empty();
    }
}
