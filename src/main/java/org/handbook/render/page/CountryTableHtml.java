package org.handbook.render.page;

import java.util.List;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedCountry;
import org.handbook.model.SitePath;
import org.handbook.parse.CountryTable;
import org.handbook.parse.country.Fact;

/**
 * Writes the comparison tables a chapter asks for: one row per country, in the order of the
 * reader's language, one column per field, each cell with its value and the date it holds as of.
 */
final class CountryTableHtml {

    private final FactDisplay display;
    private final String scrollLabel;

    /** @param scrollLabel the name of the box each table scrolls in, as every table of the page has */
    CountryTableHtml(FactDisplay display, String scrollLabel) {
        this.display = display;
        this.scrollLabel = scrollLabel;
    }

    /** {@code html} with each table's placeholder replaced by the table. */
    String fill(String html, List<CountryTable> tables, LinkedBook book, SitePath self) {
        String filled = html;
        for (CountryTable table : tables) {
            String tableHtml = table(table, book, self);
            filled = filled.replace(table.placeholder(), tableHtml).replace(table.marker(), tableHtml);
        }
        return filled;
    }

    private String table(CountryTable table, LinkedBook book, SitePath self) {
        String language = book.language().tag().value();
        // The table's one scrolling box, named as every table's is, with the comparison's look besides.
        // Cells end their lines, as Markdown's own tables do, so that the search index reads two cells' words apart.
        StringBuilder html = new StringBuilder(ScrollingTables.box(scrollLabel, "country-table")).append("<table>");
        if (!table.caption().isEmpty()) {
            html.append("<caption>").append(FactDisplay.escape(table.caption())).append("</caption>\n");
        }
        html.append("<thead><tr><th scope=\"col\">").append(FactDisplay.escape(display.label("countries.country")))
                .append("</th>\n");
        for (String field : table.fields()) {
            html.append("<th scope=\"col\">").append(FactDisplay.escape(display.label("country.field." + field))).append("</th>\n");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (LinkedCountry country : CountryModels.sorted(book)) {
            if (!table.countries().isEmpty() && !table.countries().contains(country.profile().code())) {
                continue;
            }
            html.append("<tr><th scope=\"row\"><a href=\"").append(FactDisplay.escape(country.path().hrefFrom(self)))
                    .append("\">").append(FactDisplay.escape(country.profile().name(language))).append("</a></th>\n");
            for (String field : table.fields()) {
                Fact fact = country.profile().fact(field).orElse(null);
                if (fact == null || !fact.isRecorded()) {
                    // The cell itself is marked: a span inside it was fifteen bytes more, on every such cell of every table.
                    html.append("<td class=\"not-recorded\">").append(FactDisplay.escape(display.label("country.notRecorded")))
                            .append("</td>\n");
                } else {
                    html.append("<td>").append(cell(fact, country, field)).append("</td>\n");
                }
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody></table></div>").toString();
    }

    private String cell(Fact fact, LinkedCountry country, String field) {
        boolean stale = country.staleFields().contains(field);
        return display.value(fact) + " <span class=\"as-of" + (stale ? " stale" : "") + "\">("
                + FactDisplay.escape(display.label("country.asOf")) + " " + display.dates().html(fact.asOf()) + ")"
                + (stale ? " " + display.staleFlag() : "") + "</span>";
    }
}
