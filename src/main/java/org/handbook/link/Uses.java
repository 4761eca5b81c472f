package org.handbook.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handbook.model.SitePath;
import org.handbook.parse.Reference;

/**
 * Turns a book's resolved cross-references around: for each page or profile, the places in other
 * pages that refer to it and what they name on it ("Referenced from"), and for each glossary term,
 * the places that use it. Each is listed once, in reading order.
 */
final class Uses {

    private final Map<SitePath, Set<Referral>> referencedFrom = new HashMap<>();
    private final Map<SitePath, Map<String, Set<ReferenceTarget>>> termUses = new HashMap<>();

    /** @param pages a book's pages, in reading order, with their references resolved */
    Uses(List<LinkedPage> pages) {
        for (LinkedPage page : pages) {
            for (Reference reference : page.page().references()) {
                Optional<ReferenceTarget> target = page.references().get(reference.index());
                if (target.isEmpty() || target.get().path().equals(page.path())) {
                    continue;
                }
                ReferenceTarget source = Places.of(page, reference.place()).orElseThrow();
                referencedFrom.computeIfAbsent(target.get().path(), path -> new LinkedHashSet<>())
                        .add(new Referral(source, target.get()));
                if (target.get().kind() == ReferenceTarget.Kind.TERM) {
                    termUses.computeIfAbsent(target.get().path(), path -> new HashMap<>())
                            .computeIfAbsent(target.get().anchor(), term -> new LinkedHashSet<>()).add(source);
                }
            }
        }
    }

    List<Referral> referencedFrom(SitePath target) {
        return List.copyOf(referencedFrom.getOrDefault(target, Set.of()));
    }

    /** The places using each term defined on the glossary page at {@code glossary}, by the term's anchor. */
    Map<String, List<ReferenceTarget>> termUses(SitePath glossary) {
        Map<String, List<ReferenceTarget>> uses = new HashMap<>();
        termUses.getOrDefault(glossary, Map.of()).forEach((term, places) -> uses.put(term, new ArrayList<>(places)));
        return uses;
    }
}
