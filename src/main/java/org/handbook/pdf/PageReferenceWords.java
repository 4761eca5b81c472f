package org.handbook.pdf;

import java.util.Map;

/**
 * How a language words the page a cross-reference leads to, as the print template's stylesheet
 * needs it: the theme string {@code print.pageRef} ("p. {page}") split around the number, and
 * {@code print.pageRefSeparator}, the mark that sets the page apart from a reference that already
 * stands in parentheses ("," in "(see Section 2.1, p. 16)"; a space follows it, as theme strings
 * lose the spaces at their ends). Each is escaped to go inside a CSS string, where
 * the template puts it with its parentheses and spaces, one string on each side of the number.
 *
 * @param before    the words before the number ({@code p. })
 * @param after     the words after it, mostly none
 * @param separator the mark between a reference inside parentheses and its page ({@code ,})
 */
record PageReferenceWords(String before, String after, String separator) {

    static final String DEFAULT_PAGE_REF = "p. {page}";
    static final String DEFAULT_SEPARATOR = ",";
    private static final String PAGE = "{page}";

    static PageReferenceWords of(Map<String, String> strings) {
        String pageRef = strings.getOrDefault("print.pageRef", DEFAULT_PAGE_REF);
        int page = pageRef.indexOf(PAGE);
        // A wording without the placeholder still gets its number, after the words.
        String before = page < 0 ? pageRef + " " : pageRef.substring(0, page);
        String after = page < 0 ? "" : pageRef.substring(page + PAGE.length());
        return new PageReferenceWords(css(before), css(after),
                css(strings.getOrDefault("print.pageRefSeparator", DEFAULT_SEPARATOR)));
    }

    /** The model the print template reads as {@code print.pageRef}. */
    Map<String, String> model() {
        return Map.of("before", before, "after", after, "separator", separator);
    }

    /**
     * {@code text} escaped to go inside a quoted CSS string: quotes and backslashes, and the
     * characters an HTML parser reads inside a style element ({@code <}, {@code &}), so that the
     * template can give it as it is.
     */
    static String css(String text) {
        StringBuilder quoted = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20) {
                quoted.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.toString();
    }
}
