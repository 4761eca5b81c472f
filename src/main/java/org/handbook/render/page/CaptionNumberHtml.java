package org.handbook.render.page;

import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.handbook.parse.CaptionedFigure;
import org.handbook.parse.CaptionedTable;
import org.handbook.parse.Outline;

/** Writes the number of each captioned table and figure into its caption ("Table 4.2", "Figure 4.1"). */
final class CaptionNumberHtml {

    private CaptionNumberHtml() {
    }

    static String insert(String html, String pageNumber, Outline outline, PlaceNames names) {
        String filled = insert(html, pageNumber, outline.tables().size(), CaptionedTable::marker, names::table);
        return insert(filled, pageNumber, outline.figures().size(), CaptionedFigure::marker, names::figure);
    }

    private static String insert(String html, String pageNumber, int count, IntFunction<String> marker,
                                 UnaryOperator<String> name) {
        String filled = html;
        for (int n = 1; n <= count; n++) {
            String number = pageNumber.isEmpty() ? String.valueOf(n) : pageNumber + "." + n;
            filled = filled.replace(marker.apply(n), FactDisplay.escape(name.apply(number)));
        }
        return filled;
    }
}
