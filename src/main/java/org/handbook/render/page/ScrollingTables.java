package org.handbook.render.page;

/**
 * Wraps every table of a page's content in a box of its own that scrolls sideways, so that a table
 * wider than a phone's screen scrolls inside the page instead of widening it. The box takes the
 * keyboard's focus (its arrow keys then scroll it) and is named, so that a keyboard or screen
 * reader user knows why it is focused.
 */
final class ScrollingTables {

    private static final String OPEN = "<table";
    private static final String CLOSE = "</table>";

    private ScrollingTables() {
    }

    static String wrap(String html, String label) {
        if (!html.contains(OPEN)) {
            return html;
        }
        String start = "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"" + attribute(label) + "\">";
        StringBuilder out = new StringBuilder(html.length() + 128);
        int depth = 0;
        int from = 0;
        while (true) {
            int open = nextOpening(html, from);
            int close = html.indexOf(CLOSE, from);
            if (open < 0 && close < 0) {
                break;
            }
            if (open >= 0 && (close < 0 || open < close)) {
                out.append(html, from, open);
                if (depth++ == 0) {
                    out.append(start);
                }
                out.append(OPEN);
                from = open + OPEN.length();
            } else {
                out.append(html, from, close + CLOSE.length());
                from = close + CLOSE.length();
                if (depth > 0 && --depth == 0) {
                    out.append("</div>");
                }
            }
        }
        out.append(html, from, html.length());
        return out.toString();
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
