package org.handbook.cli;

import java.util.Locale;

/**
 * Text from a handbook made safe to print to a terminal or a CI log: a file name, a YAML key, a
 * heading or a title may hold any character, and printed raw, an ESC would send the terminal an
 * escape sequence and a line end would forge a line of output (a diagnostic that is not one).
 * Such characters are shown escaped instead (an ESC as a backslash and {@code u001B}, a line end
 * as a backslash and {@code n}), so what is printed shows what the file holds, and every line
 * printed is one the tool wrote.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** The text on one line: every control character escaped, line ends included. */
    static String line(String text) {
        return escape(text, false);
    }

    /**
     * A report of several lines (such as {@code diff}'s, or a stack trace): its line ends and tabs
     * kept, every other control character escaped. A value that may hold a line end of its own must be passed through
     * {@link #line} first.
     */
    static String lines(String text) {
        return escape(text, true);
    }

    /** A stack trace, whose messages may quote a handbook's text, with its own line ends kept. */
    static String stackTrace(Throwable failure) {
        java.io.StringWriter trace = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(trace));
        return lines(trace.toString());
    }

    private static String escape(String text, boolean keepLineEnds) {
        if (text == null || text.codePoints().noneMatch(TerminalText::isUnsafe)) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (keepLineEnds && (c == '\n' || c == '\t' || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
                safe.append(c);
            } else if (!isUnsafe(c)) {
                safe.append(c);
            } else if (c == '\n') {
                safe.append("\\n");
            } else if (c == '\r') {
                safe.append("\\r");
            } else if (c == '\t') {
                safe.append("\\t");
            } else {
                safe.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return safe.toString();
    }

    /**
     * C0 and C1 controls and DEL (terminal commands and line ends), the Unicode line and paragraph
     * separators, and the bidirectional overrides and isolates, which reorder what a terminal shows.
     */
    private static boolean isUnsafe(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
