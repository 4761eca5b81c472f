package org.handbook.parse;

import java.util.List;
import org.handbook.model.SourcePosition;

/**
 * A comparison table a chapter asks for with a {@code country-table} block: which profile fields
 * become columns, which countries become rows (all when empty), and its caption. The chapter's
 * HTML holds {@link #placeholder()} where the table goes.
 */
public record CountryTable(int index, List<String> fields, List<String> countries, String caption,
                           SourcePosition position) {

    /** The info string that opens a country table's fence: {@code ```country-table}. */
    public static final String INFO = "country-table";

    /** Private-use characters, so no text an editor writes by accident can look like a table. */
    private static final char MARK = '\uE000';

    public CountryTable {
        fields = List.copyOf(fields);
        countries = List.copyOf(countries);
    }

    /** The paragraph the Markdown renderer writes where the table goes. */
    public String placeholder() {
        return "<p>" + marker() + "</p>";
    }

    /** The placeholder's text alone, as it stands in a tight list item, which has no paragraph. */
    public String marker() {
        return marker(index);
    }

    static String marker(int index) {
        return MARK + "country-table:" + index + MARK;
    }
}
