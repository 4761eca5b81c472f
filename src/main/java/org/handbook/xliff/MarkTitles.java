package org.handbook.xliff;

import java.util.regex.Pattern;

/**
 * Marks whose quoted words a translation writes in its own language: an index term
 * ({@code ](index: "extradition")}), an authority's name ({@code ](authority: "…")}).
 */
final class MarkTitles {

    private static final Pattern MARK = Pattern.compile("^(?:\\[\\])?\\]?\\((index|authority):\\s*(\"[^\"]*\"|'[^']*')?\\s*\\)$");

    private MarkTitles() {
    }

    /** Whether two codes are the same kind of mark, whatever words they quote. */
    static boolean sameMark(String a, String b) {
        var first = MARK.matcher(a);
        var second = MARK.matcher(b);
        return first.matches() && second.matches() && first.group(1).equals(second.group(1))
                && a.startsWith("[]") == b.startsWith("[]");
    }
}
