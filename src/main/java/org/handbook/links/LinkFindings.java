package org.handbook.links;

import java.util.List;
import java.util.Map;
import org.handbook.model.Diagnostics;

/** Each address that is broken, has moved or did not answer, reported at every place that cites it. */
public final class LinkFindings {

    private LinkFindings() {
    }

    public static Diagnostics of(List<CitedAddress> cited, Map<String, LinkState> states) {
        Diagnostics diagnostics = new Diagnostics();
        for (CitedAddress place : cited) {
            LinkState state = states.get(place.address());
            if (state == null) {
                continue;
            }
            String where = place.position().file().toString().endsWith(".yml") ? "the source's url" : "the link";
            switch (state.outcome()) {
                case BROKEN -> diagnostics.error(place.position(), "HB-WEB-BROKEN",
                        place.address() + " is broken: " + state.detail(),
                        "find where the document is now (on its publisher's site, or an archived copy) and put that"
                                + " address in " + where + "; or remove " + where);
                case MOVED -> diagnostics.warning(place.position(), "HB-WEB-MOVED",
                        place.address() + " has moved for good to " + state.location(),
                        "check that the new address holds the same document, then put it in " + where);
                case UNREACHABLE -> diagnostics.warning(place.position(), "HB-WEB-UNREACHABLE",
                        place.address() + " did not answer: " + state.detail(),
                        "the server may be down for a while, and the next check asks again; if it keeps failing, find"
                                + " where the document is now");
                case OK -> {
                }
            }
        }
        return diagnostics;
    }
}
