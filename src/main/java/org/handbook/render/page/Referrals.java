package org.handbook.render.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbook.link.Referral;
import org.handbook.model.SitePath;
import org.handbook.model.Title;

/** The "referenced from" list of a chapter or a profile: the places of the book that refer to it. */
final class Referrals {

    private Referrals() {
    }

    /**
     * "Referenced from": each place once, as a link named in full ("Section 4.2, Dual criminality"),
     * and what it names on this page ({@code target}: "Section 6.1, …; Section 6.3, …"; empty when
     * it names only the whole page), each as text and as HTML ({@code titleHtml}, {@code targetHtml}).
     */
    static List<Map<String, Object>> of(List<Referral> referrals, PlaceNames names, SitePath self) {
        // A place that names several parts of this page is listed once, with each part it names.
        Map<String, Map<String, Object>> byPlace = new LinkedHashMap<>();
        for (Referral referral : referrals) {
            String href = referral.from().hrefFrom(self);
            boolean wholePage = referral.to().anchor().isEmpty();
            String target = wholePage ? "" : names.name(referral.to());
            String targetHtml = wholePage ? "" : names.nameHtml(referral.to());
            Map<String, Object> entry = byPlace.get(href);
            if (entry == null) {
                entry = PageModels.link(new Title(names.name(referral.from()), names.nameHtml(referral.from())), href);
                entry.put("target", target);
                entry.put("targetHtml", targetHtml);
                byPlace.put(href, entry);
            } else if (!target.isEmpty()) {
                entry.put("target", joined((String) entry.get("target"), target));
                entry.put("targetHtml", joined((String) entry.get("targetHtml"), targetHtml));
            }
        }
        return new ArrayList<>(byPlace.values());
    }

    private static String joined(String first, String next) {
        return first.isEmpty() ? next : first + "; " + next;
    }
}
