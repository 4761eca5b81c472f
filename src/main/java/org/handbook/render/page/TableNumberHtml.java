package org.handbook.render.page;

import org.handbook.parse.CaptionedTable;

/** Writes the number of each captioned table into its caption ("Table 4.2"). */
final class TableNumberHtml {

    private TableNumberHtml() {
    }

    static String insert(String html, String pageNumber, int tables, PlaceNames names) {
        String filled = html;
        for (int n = 1; n <= tables; n++) {
            String number = pageNumber.isEmpty() ? String.valueOf(n) : pageNumber + "." + n;
            filled = filled.replace(CaptionedTable.marker(n), FactDisplay.escape(names.table(number)));
        }
        return filled;
    }
}
