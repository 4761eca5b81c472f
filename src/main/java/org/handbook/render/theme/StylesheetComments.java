package org.handbook.render.theme;

import java.nio.charset.StandardCharsets;

/**
 * Takes the comments and the layout out of a stylesheet as it is published: they explain the theme
 * to whoever edits it, and every reader would otherwise download them with every page (the default
 * theme's comments are about a sixth of it, its indentation and line breaks a tenth of the rest).
 * A comment opening with {@code /*!} is kept, by the usual convention for licence notices. Quoted
 * strings are copied as they are, so a {@code "/*"} or a space inside one is text. Outside them, a
 * run of white space becomes one space, and none is kept beside a brace, a semicolon or a comma,
 * where CSS never needs one; a space that separates selectors or values stays.
 */
final class StylesheetComments {

    private StylesheetComments() {
    }

    static byte[] strip(byte[] stylesheet) {
        String css = new String(stylesheet, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            if (css.startsWith("/*", i) && !css.startsWith("/*!", i)) {
                i = endOfComment(css, i);
            } else {
                i = copyToken(css, i, out);
            }
        }
        return tighten(out.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /** The white space of {@code css} (comments already out) reduced to what separates its tokens. */
    private static String tighten(String css) {
        StringBuilder out = new StringBuilder(css.length());
        boolean space = false;
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                i++;
                continue;
            }
            if (space && !isTight(c) && out.length() > 0 && !isTight(out.charAt(out.length() - 1))) {
                out.append(' ');
            }
            space = false;
            i = copyToken(css, i, out);
        }
        return out.toString();
    }

    /**
     * Copies what starts at {@code i} to {@code out}: a quoted string or a comment (by then only a
     * licence notice) whole, as written, or else one character. Returns where the next one starts.
     */
    private static int copyToken(String css, int i, StringBuilder out) {
        char c = css.charAt(i);
        int end = c == '"' || c == '\'' ? endOfString(css, i, c) : css.startsWith("/*", i) ? endOfComment(css, i) : i + 1;
        out.append(css, i, end);
        return end;
    }

    /** Where the comment opened at {@code start} ends: after its closing mark, or at the text's end. */
    private static int endOfComment(String css, int start) {
        int close = css.indexOf("*/", start + 2);
        return close < 0 ? css.length() : close + 2;
    }

    /** A character no space is needed beside. */
    private static boolean isTight(char c) {
        return c == '{' || c == '}' || c == ';' || c == ',';
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
