package org.handbook.link;

import java.util.List;
import java.util.Optional;
import org.handbook.model.LanguageTag;

/**
 * A book's table of legal authorities: the international instruments first, then each State's laws
 * and treaties, the States in the alphabetical order of the book's language.
 */
public record AuthorityTable(List<Group> groups) {

    public AuthorityTable {
        groups = List.copyOf(groups);
    }

    public static AuthorityTable empty() {
        return new AuthorityTable(List.of());
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /**
     * The authorities of one State ({@code state} its ISO 3166 code, {@code name} its name in the
     * book's language), or the international instruments ({@code state} and {@code name} empty: the
     * theme names the group).
     */
    public record Group(String state, String name, List<Entry> entries) {

        public Group {
            entries = List.copyOf(entries);
        }

        public boolean isInternational() {
            return state.isEmpty();
        }
    }

    /**
     * One authority: its name as the profiles or the marks write it (a treaty's with its partner's
     * before it: "Viet Nam: Treaty on Extradition") and the language of that name;
     * for an instrument every profile records, its field ({@code instruments.untoc}), by which the theme's strings
     * name it; for a treaty a profile records without a title, its partner and subject, from which
     * the theme's words name it. {@code citedAt} are the places of the book that mark it, each leading
     * to the mark; {@code profiles} the sections of the country profiles that record it.
     */
    public record Entry(String name, LanguageTag language, Optional<String> instrument, Optional<UntitledTreaty> treaty,
                        List<ReferenceTarget> citedAt, List<ReferenceTarget> profiles) {

        public Entry {
            citedAt = List.copyOf(citedAt);
            profiles = List.copyOf(profiles);
        }
    }

    /**
     * A treaty recorded without a title: with whom (the partner's name in the book's language), on
     * what ("mla", "extradition"), and when if known.
     */
    public record UntitledTreaty(String partner, String subject, Optional<Integer> year) {
    }
}
