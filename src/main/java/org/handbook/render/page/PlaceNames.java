package org.handbook.render.page;

import java.util.Map;
import java.util.function.Function;
import org.handbook.link.ReferenceTarget;
import org.handbook.model.Title;

/**
 * Names places of the book in the reader's language, from the theme's strings: in full for link
 * text ("Section 4.2, Dual criminality", "¶ 4.12", "Table 4.1", "Figure 4.1", "Thailand: Extradition"),
 * or by number alone where a list of places is read as citations (the subject index: "4.2",
 * "¶ 4.12"). A paragraph's number always carries the paragraph mark, so that it cannot be taken
 * for the section of the same number. Each name is given as text, for where no markup can go (an
 * attribute, a notice the theme escapes), or as HTML, where a title keeps its markup (a link's text).
 */
final class PlaceNames {

    private final Map<String, String> strings;

    PlaceNames(Map<String, String> strings) {
        this.strings = strings;
    }

    /** How a name is written: as text, or as HTML with the title's markup. */
    private enum Form {
        TEXT(Title::text, Function.identity()),
        HTML(Title::html, FactDisplay::escape);

        private final Function<Title, String> title;
        private final Function<String, String> text;

        Form(Function<Title, String> title, Function<String, String> text) {
            this.title = title;
            this.text = text;
        }
    }

    String name(ReferenceTarget target) {
        return name(target, Form.TEXT);
    }

    /** The same name as HTML: the title with its markup, the theme's words escaped. */
    String nameHtml(ReferenceTarget target) {
        return name(target, Form.HTML);
    }

    private String name(ReferenceTarget target, Form form) {
        return switch (target.kind()) {
            case PART -> numbered("xref.part", target, form);
            case CHAPTER -> numbered("xref.chapter", target, form);
            case ANNEX -> numbered("xref.annex", target, form);
            case SECTION -> numbered("xref.section", target, form);
            case PARAGRAPH -> form.text.apply(string("xref.paragraph", "¶ {number}").replace("{number}", target.number()));
            case TABLE -> form.text.apply(table(target.number()));
            case FIGURE -> form.text.apply(figure(target.number()));
            case TERM, COUNTRY -> form.title.apply(target.title());
            case COUNTRY_SECTION -> form.text.apply(string("xref.countrySection", "{name}: {section}"))
                    .replace("{name}", form.title.apply(target.title()))
                    .replace("{section}", form.text.apply(strings.getOrDefault("country.section." + target.section(),
                            strings.getOrDefault("country." + target.section(), target.section()))));
            case SITE_PAGE -> form.text.apply(sitePage(target.section()));
        };
    }

    /** The number a reader cites ("4.2", "B", "¶ 4.12"), or the title where nothing is numbered. */
    Title citation(ReferenceTarget target) {
        if (target.number().isEmpty()) {
            return target.title();
        }
        return Title.plain(target.kind() == ReferenceTarget.Kind.PARAGRAPH ? paragraph(target.number()) : target.number());
    }

    /** A paragraph's number with its mark, as the page shows it beside the paragraph: "¶ 4.12". */
    String paragraph(String number) {
        return string("paragraph.number", "¶ {number}").replace("{number}", number);
    }

    /** "Section 4.2, Dual criminality". */
    String section(String number, String title) {
        return string("xref.section", "{number}, {title}").replace("{number}", number).replace("{title}", title);
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

    private String numbered(String key, ReferenceTarget target, Form form) {
        String title = form.title.apply(target.title());
        if (target.number().isEmpty()) {
            return title;
        }
        // The number and the title go in after the theme's words are escaped, each in its own form.
        return form.text.apply(string(key, "{number}, {title}"))
                .replace("{number}", form.text.apply(target.number())).replace("{title}", title);
    }

    private String string(String key, String fallback) {
        return strings.getOrDefault(key, fallback);
    }
}
