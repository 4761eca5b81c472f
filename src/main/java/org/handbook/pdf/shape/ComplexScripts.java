package org.handbook.pdf.shape;

/**
 * The scripts whose text must be shaped to be readable: marks stacked and positioned (Thai,
 * Lao), consonant clusters and reordered vowels (Khmer, Myanmar). Text in any other script is
 * drawn by the engine as it always was, byte for byte.
 */
public final class ComplexScripts {

    private ComplexScripts() {
    }

    public static boolean needsShaping(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (needsShaping(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean needsShaping(char c) {
        return (c >= '\u0E00' && c <= '\u0EFF')      // Thai, Lao
                || (c >= '\u1000' && c <= '\u109F')  // Myanmar
                || (c >= '\u1780' && c <= '\u17FF')  // Khmer
                || (c >= '\u19E0' && c <= '\u19FF')  // Khmer symbols
                || (c >= '\uA9E0' && c <= '\uA9FF')  // Myanmar Extended-B
                || (c >= '\uAA60' && c <= '\uAA7F'); // Myanmar Extended-A
    }
}
