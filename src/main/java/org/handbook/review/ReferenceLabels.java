package org.handbook.review;

import org.handbook.link.ReferenceTarget;

/** A reference's target as a reviewer reads it: "Section 4.3, What it is for", "¶ 4.12", "Annex B, Forms". */
final class ReferenceLabels {

    private ReferenceLabels() {
    }

    static String of(ReferenceTarget target) {
        String title = target.title().text();
        String number = target.number();
        return switch (target.kind()) {
            case PART -> join("Part " + number, title, number.isEmpty());
            case CHAPTER -> join("Chapter " + number, title, number.isEmpty());
            case ANNEX -> join("Annex " + number, title, number.isEmpty());
            case SECTION -> join("Section " + number, title, number.isEmpty());
            case PARAGRAPH -> "¶ " + number;
            case TABLE -> join("Table " + number, title, number.isEmpty());
            case FIGURE -> join("Figure " + number, title, number.isEmpty());
            case TERM, COUNTRY, COUNTRY_SECTION, SITE_PAGE -> title.isEmpty() ? target.section() : title;
        };
    }

    private static String join(String numbered, String title, boolean unnumbered) {
        if (unnumbered) {
            return title;
        }
        return title.isEmpty() ? numbered : numbered + ", " + title;
    }
}
