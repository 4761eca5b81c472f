package org.handbook.pdf;

import java.util.Map;

/**
 * How a language words the page a cross-reference leads to: the theme string
 * {@code print.pageRef} ("p. {page}") split around the number, and {@code print.pageRefSeparator},
 * the mark that sets the page apart from a reference that already stands in parentheses ("," in
 * "(see Section 2.1, p. 16)"; a space follows it, as theme strings lose the spaces at their ends).
 *
 * @param before    the words before the number ({@code p. })
 * @param after     the words after it, mostly none
 * @param separator the mark between a reference inside parentheses and its page ({@code ,})
 */
record PageReferenceWords(String before, String after, String separator) {

    static final String DEFAULT_PAGE_REF = "p. {page}";
    static final String DEFAULT_SEPARATOR = ",";
    private static final String PAGE = "{page}";
    private static final char NO_BREAK_SPACE = '\u00A0';

    static PageReferenceWords of(Map<String, String> strings) {
        String pageRef = strings.getOrDefault("print.pageRef", DEFAULT_PAGE_REF);
        int page = pageRef.indexOf(PAGE);
        // A wording without the placeholder still gets its number, after the words.
        String before = page < 0 ? pageRef + " " : pageRef.substring(0, page);
        String after = page < 0 ? "" : pageRef.substring(page + PAGE.length());
        return new PageReferenceWords(before, after, strings.getOrDefault("print.pageRefSeparator", DEFAULT_SEPARATOR));
    }

    /**
     * The text that follows a cross-reference to give its page: " (p. 16)" in running text, ", p. 16"
     * inside the sentence's own parentheses, and a space after either where a word follows the
     * reference directly, as in Thai. The wording's own spaces do not break: a line never ends
     * with "p." and starts with the number.
     */
    String text(int page, boolean insideParentheses, boolean textFollows) {
        String words = (before + page + after).replace(' ', NO_BREAK_SPACE);
        String text = insideParentheses ? separator + " " + words : " (" + words + ")";
        return textFollows ? text + " " : text;
    }
}
