package org.handbook.xliff;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks whose quoted words a translation writes in its own language: an index term
 * ({@code ](index: "extradition")}), an authority's name ({@code ](authority: "…")}). An index
 * term goes to the translator as a unit of its own; an authority's name is the translation's own
 * data, as it must name the law as the profile does.
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

    /** The term an index mark's code quotes ({@code extradition; surrender}); none for another code or a mark without one. */
    static Optional<String> indexTerm(String code) {
        Matcher mark = MARK.matcher(code);
        if (!mark.matches() || !mark.group(1).equals("index") || mark.group(2) == null) {
            return Optional.empty();
        }
        return Optional.of(mark.group(2).substring(1, mark.group(2).length() - 1));
    }

    /** The quote mark ({@code "} or {@code '}) around a mark's words. */
    static char quoteOf(String code) {
        return quoted(code).group(2).charAt(0);
    }

    /** An index mark's code quoting {@code term} instead, in the quotes it had. */
    static String withIndexTerm(String code, String term) {
        Matcher mark = quoted(code);
        char quote = mark.group(2).charAt(0);
        return code.substring(0, mark.start(2)) + quote + term + quote + code.substring(mark.end(2));
    }

    private static Matcher quoted(String code) {
        Matcher mark = MARK.matcher(code);
        if (!mark.matches() || mark.group(2) == null) {
            throw new IllegalArgumentException("not a mark with words: " + code);
        }
        return mark;
    }
}
