package org.handbook.link;

import org.handbook.model.SitePath;
import org.handbook.model.Title;

/**
 * A place in a book a reader can be sent to, as a cross-reference's target or as a place that
 * uses a term: its address, the kind of place (a sub-chapter is a section, as it is numbered
 * one: "Section 4.1"), its number ("4.2", "B", "4.12", "II"; empty when not numbered), its title
 * as text and as HTML (a page's title with its markup; a section's heading,
 * a country's name for profiles, a table's caption, a term as text), and for a
 * profile section or one of the site's own pages, which one ("extradition", "countries").
 */
public record ReferenceTarget(SitePath path, String anchor, Kind kind, String number, Title title, String section) {

    public enum Kind { PART, CHAPTER, ANNEX, SECTION, PARAGRAPH, TABLE, FIGURE, TERM, COUNTRY, COUNTRY_SECTION, SITE_PAGE }

    /** The address of this place seen from the page at {@code from}. */
    public String hrefFrom(SitePath from) {
        return path.hrefFrom(from) + (anchor.isEmpty() ? "" : "#" + anchor);
    }
}
