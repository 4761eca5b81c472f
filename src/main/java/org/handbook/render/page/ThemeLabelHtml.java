package org.handbook.render.page;

import java.util.Map;
import java.util.regex.Matcher;
import org.handbook.parse.ThemeLabel;

/** Writes the labels a page's Markdown asked for (a callout's "Warning", a task's "Done") in the book's language. */
final class ThemeLabelHtml {

    private static final char MARK = ThemeLabel.marker("").charAt(0);

    private ThemeLabelHtml() {
    }

    /** @param strings the theme's strings in the book's language, with every key of the theme's own */
    static String insert(String html, Map<String, String> strings) {
        if (html.indexOf(MARK) < 0) {
            return html;
        }
        Matcher marker = ThemeLabel.MARKED.matcher(html);
        StringBuilder filled = new StringBuilder(html.length());
        while (marker.find()) {
            String label = strings.getOrDefault(marker.group(1), marker.group(1));
            // Escaped for an attribute as well as for text: a box's label is its aria-label.
            marker.appendReplacement(filled, Matcher.quoteReplacement(FactDisplay.escape(label).replace("\"", "&quot;")));
        }
        return marker.appendTail(filled).toString();
    }
}
