package org.handbook.render.theme;

import java.nio.charset.StandardCharsets;

/**
 * Takes the comments out of a stylesheet as it is published: they explain the theme to whoever
 * edits it, and every reader would otherwise download them with every page (the default theme's
 * are about a sixth of it). A comment opening with {@code /*!} is kept, by the usual convention
 * for licence notices. Quoted strings are copied as they are, so a {@code "/*"} inside one is text.
 * Lines a comment leaves empty are dropped.
 */
final class StylesheetComments {

    private StylesheetComments() {
    }

    static byte[] strip(byte[] stylesheet) {
        String css = new String(stylesheet, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfString(css, i, c);
                out.append(css, i, end);
                i = end;
            } else if (css.startsWith("/*", i) && !css.startsWith("/*!", i)) {
                int close = css.indexOf("*/", i + 2);
                i = close < 0 ? css.length() : close + 2;
            } else if (css.startsWith("/*!", i)) {
                int close = css.indexOf("*/", i + 3);
                int end = close < 0 ? css.length() : close + 2;
                out.append(css, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        String stripped = out.toString().replaceAll("(?m)^[ \\t]*\\r?\\n", "");
        return stripped.getBytes(StandardCharsets.UTF_8);
    }

    /** Where a string opened by {@code quote} at {@code start} ends: after its closing quote, its line, or the text. */
    private static int endOfString(String css, int start, char quote) {
        int i = start + 1;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '\\' && i + 1 < css.length()) {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return i;
    }
}
