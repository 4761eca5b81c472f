package org.handbook.render.page;

import java.util.regex.Pattern;

/**
 * Wraps every table of a page's content in a box of its own that scrolls sideways, so that a table
 * wider than a phone's screen scrolls inside the page instead of widening it. The box takes the
 * keyboard's focus (its arrow keys then scroll it) and is named, so that a keyboard or screen
 * reader user knows why it is focused. A table written in its box already (a comparison of
 * countries) is left in it: a box inside a box would be two stops for the keyboard, and two
 * scroll bars, for one table.
 */
final class ScrollingTables {

    private static final String OPEN = "<table";
    private static final String CLOSE = "</table>";
    /** Raw HTML may write a div and its class, never its tabindex or role: only a box of ours matches. */
    private static final Pattern BOX_BEFORE = Pattern.compile(
            "<div class=\"table-scroll[^\"<>]*\" tabindex=\"0\" role=\"region\" aria-label=\"[^\"<>]*\">\\s*");

    private ScrollingTables() {
    }

    /** The opening of a table's box, with {@code classes} after its own (a space-separated list, or empty). */
    static String box(String label, String classes) {
        return "<div class=\"table-scroll" + (classes.isEmpty() ? "" : " " + classes)
                + "\" tabindex=\"0\" role=\"region\" aria-label=\"" + attribute(label) + "\">";
    }

    static String wrap(String html, String label) {
        if (!html.contains(OPEN)) {
            return html;
        }
        String start = box(label, "");
        StringBuilder out = new StringBuilder(html.length() + 128);
        int depth = 0;
        boolean boxed = false;
        int from = 0;
        // Each found once: a page is scanned about once for each, not once for each table.
        int open = nextOpening(html, from);
        int close = html.indexOf(CLOSE, from);
        while (open >= 0 || close >= 0) {
            if (open >= 0 && (close < 0 || open < close)) {
                out.append(html, from, open);
                if (depth == 0) {
                    boxed = inBoxAlready(html, open);
                    if (!boxed) {
                        out.append(start);
                    }
                }
                depth++;
                out.append(OPEN);
                from = open + OPEN.length();
                open = nextOpening(html, from);
            } else {
                out.append(html, from, close + CLOSE.length());
                from = close + CLOSE.length();
                close = html.indexOf(CLOSE, from);
                if (depth > 0 && --depth == 0 && !boxed) {
                    out.append("</div>");
                }
            }
        }
        out.append(html, from, html.length());
        return out.toString();
    }

    /** Whether the table opening at {@code table} is the first thing in a box of ours. */
    private static boolean inBoxAlready(String html, int table) {
        int tag = html.lastIndexOf("<div ", table);
        return tag >= 0 && BOX_BEFORE.matcher(html).region(tag, table).matches();
    }

    /** The next {@code <table} that opens a table element, not {@code <tablefoo} or text. */
    private static int nextOpening(String html, int from) {
        int at = html.indexOf(OPEN, from);
        while (at >= 0) {
            int after = at + OPEN.length();
            if (after < html.length() && (html.charAt(after) == '>' || Character.isWhitespace(html.charAt(after)))) {
                return at;
            }
            at = html.indexOf(OPEN, after);
        }
        return -1;
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
