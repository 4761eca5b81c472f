package org.handbook.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;

/**
 * Characters no text of a handbook may hold, wherever it is written (typed into a file, escaped in
 * YAML, or as a character reference in Markdown): control characters, which readers cannot see
 * and XML cannot hold, and the private-use characters U+E000 to U+E007, with which the tool marks
 * the places in a page it fills in later (addresses, numbers, titles), so that text holding one
 * would be taken for such a place.
 */
public final class RefusedCharacters {

    /** Why a character is refused, in words for a diagnostic. */
    public record Refusal(String code, String what, String hint) {
    }

    /** How many places holding refused characters one file, page or document reports, before it only counts them. */
    public static final int MAX_REPORTED = 10;

    private static final int FIRST_MARKER = 0xE000;
    private static final int LAST_MARKER = 0xE007;

    private RefusedCharacters() {
    }

    public static boolean isRefused(int codePoint) {
        return isControl(codePoint) || isMarker(codePoint);
    }

    /** C0 but tab, line feed and carriage return; DEL; C1. */
    public static boolean isControl(int codePoint) {
        return codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r'
                || codePoint >= 0x7f && codePoint <= 0x9f;
    }

    public static boolean isMarker(int codePoint) {
        return codePoint >= FIRST_MARKER && codePoint <= LAST_MARKER;
    }

    /** What to say of a refused character. */
    public static Refusal of(int codePoint) {
        if (isMarker(codePoint)) {
            return new Refusal("HB-TEXT-RESERVED-CHARACTER", "a private-use character the tool keeps for its own marks, "
                    + CodePoints.name(codePoint), "delete it; no font draws it, and the tool would take it for a place it fills in");
        }
        return new Refusal("HB-TEXT-CONTROL-CHARACTER", "an invisible control character, " + CodePoints.name(codePoint),
                "delete it (an editor that shows invisible characters helps); to break a line, press Enter");
    }

    /** The text without its refused characters. */
    public static String without(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(codePoint -> !isRefused(codePoint)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** The text of HTML with every numeric character reference to a refused character left out. */
    public static String withoutReferences(String html) {
        Matcher reference = NUMERIC_REFERENCE.matcher(html);
        StringBuilder kept = new StringBuilder(html.length());
        while (reference.find()) {
            reference.appendReplacement(kept, isRefused(codePointOf(reference)) ? "" : Matcher.quoteReplacement(reference.group()));
        }
        return reference.appendTail(kept).toString();
    }

    /** The refused characters numeric character references in {@code html} write, in order. */
    public static java.util.stream.IntStream referenced(String html) {
        return NUMERIC_REFERENCE.matcher(html).results().mapToInt(RefusedCharacters::codePointOf).filter(RefusedCharacters::isRefused);
    }

    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(?:[xX]([0-9A-Fa-f]{1,8})|([0-9]{1,10}));?");

    private static int codePointOf(java.util.regex.MatchResult reference) {
        try {
            return reference.group(1) != null ? Integer.parseInt(reference.group(1), 16) : Integer.parseInt(reference.group(2));
        } catch (NumberFormatException tooLarge) {
            return Integer.MAX_VALUE;
        }
    }

    /**
     * Reports places holding refused characters, the first {@link #MAX_REPORTED} of them and then how
     * many more, in one message.
     */
    public static final class Reports {

        private final Diagnostics diagnostics;
        private int reported;
        private SourcePosition firstUnreported;

        public Reports(Diagnostics diagnostics) {
            this.diagnostics = diagnostics;
        }

        public void report(SourcePosition at, String code, String message, String hint) {
            if (reported < MAX_REPORTED) {
                diagnostics.error(at, code, message, hint);
            } else if (firstUnreported == null) {
                firstUnreported = at;
            }
            reported++;
        }

        /** After the last place: how many were not reported one by one. */
        public void finish() {
            if (firstUnreported != null) {
                int more = reported - MAX_REPORTED;
                diagnostics.error(firstUnreported, "HB-TEXT-CONTROL-CHARACTER", String.format(Locale.ROOT,
                        "%,d more place%s from here on hold%s characters no text may hold", more, more == 1 ? "" : "s",
                        more == 1 ? "s" : ""),
                        "so many usually mean the file was saved in another encoding, such as UTF-16: save it as UTF-8");
            }
        }
    }
}
