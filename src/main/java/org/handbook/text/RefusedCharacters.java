package org.handbook.text;

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
}
