package org.handbook.render.page;

import java.util.Map;
import org.handbook.link.ReferenceTarget;

/**
 * Names places of the book in the reader's language, from the theme's strings: in full for link
 * text ("Section 4.2, Dual criminality", "¶ 4.12", "Table 4.1", "Figure 4.1", "Thailand: Extradition"),
 * or by number alone where a list of places is read as citations (the subject index: "4.2",
 * "¶ 4.12"). A paragraph's number always carries the paragraph mark, so that it cannot be taken
 * for the section of the same number.
 */
final class PlaceNames {

    private final Map<String, String> strings;

    PlaceNames(Map<String, String> strings) {
        this.strings = strings;
    }

    String name(ReferenceTarget target) {
        return switch (target.kind()) {
            case PART -> numbered("xref.part", target);
            case CHAPTER -> numbered("xref.chapter", target);
            case ANNEX -> numbered("xref.annex", target);
            case SECTION -> numbered("xref.section", target);
            case PARAGRAPH -> string("xref.paragraph", "¶ {number}").replace("{number}", target.number());
            case TABLE -> table(target.number());
            case FIGURE -> figure(target.number());
            case TERM, COUNTRY -> target.title();
            case COUNTRY_SECTION -> string("xref.countrySection", "{name}: {section}")
                    .replace("{name}", target.title())
                    .replace("{section}", strings.getOrDefault("country.section." + target.section(),
                            strings.getOrDefault("country." + target.section(), target.section())));
            case SITE_PAGE -> sitePage(target.section());
        };
    }

    /** The number a reader cites ("4.2", "B", "¶ 4.12"), or the title where nothing is numbered. */
    String citation(ReferenceTarget target) {
        if (target.number().isEmpty()) {
            return target.title();
        }
        return target.kind() == ReferenceTarget.Kind.PARAGRAPH ? paragraph(target.number()) : target.number();
    }

    /** A paragraph's number with its mark, as the page shows it beside the paragraph: "¶ 4.12". */
    String paragraph(String number) {
        return string("paragraph.number", "¶ {number}").replace("{number}", number);
    }

    /** "Section 4.2, Dual criminality". */
    String section(String number, String title) {
        return numbered("xref.section", number, title);
    }

    /** "Table 4.1". */
    String table(String number) {
        return string("xref.table", "Table {number}").replace("{number}", number);
    }

    /** "Figure 4.1". */
    String figure(String number) {
        return string("xref.figure", "Figure {number}").replace("{number}", number);
    }

    /** The title of one of the site's own pages: "countries", "annexes", "subject-index". */
    String sitePage(String id) {
        return switch (id) {
            case "countries" -> string("countries", "Countries");
            case "annexes" -> string("annexes", "Annexes");
            default -> string("subjectIndex", "Index");
        };
    }

    private String numbered(String key, ReferenceTarget target) {
        if (target.number().isEmpty()) {
            return target.title();
        }
        return numbered(key, target.number(), target.title());
    }

    private String numbered(String key, String number, String title) {
        return string(key, "{number}, {title}").replace("{number}", number).replace("{title}", title);
    }

    private String string(String key, String fallback) {
        return strings.getOrDefault(key, fallback);
    }
}
