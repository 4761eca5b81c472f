package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a piece of raw HTML into its tags and the text between them, by CommonMark's grammar of
 * tags (6.6), so that each tag can be kept or dropped on its own. Cleaning a block of HTML whole
 * would close the elements it leaves open: a {@code <details>} whose answer is written in Markdown
 * below it would come out empty, with its answer outside.
 */
final class RawHtmlTokens {

    private static final String ATTRIBUTE = "\\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\\s*=\\s*(?:[^\"'=<>`\\s]+|'[^']*'|\"[^\"]*\"))?";
    private static final Pattern MARKUP = Pattern.compile(
            "<(/?)([A-Za-z][A-Za-z0-9-]*)((?:" + ATTRIBUTE + ")*)\\s*/?>"
                    + "|<!--.*?-->|<\\?.*?\\?>|<!\\[CDATA\\[.*?]]>|<![A-Za-z][^>]*>",
            Pattern.DOTALL);

    /**
     * One tag, or text between tags, or a comment or declaration (whose {@code name} is empty).
     *
     * @param offset where it starts in the HTML it was read from
     */
    record Token(String text, int offset, String name, boolean closing) {

        boolean isText() {
            return name == null;
        }

        boolean isTag() {
            return name != null && !name.isEmpty();
        }
    }

    private RawHtmlTokens() {
    }

    static List<Token> of(String html) {
        List<Token> tokens = new ArrayList<>();
        Matcher markup = MARKUP.matcher(html);
        int end = 0;
        while (markup.find()) {
            if (markup.start() > end) {
                tokens.add(new Token(html.substring(end, markup.start()), end, null, false));
            }
            String name = markup.group(2) == null ? "" : markup.group(2).toLowerCase(Locale.ROOT);
            tokens.add(new Token(markup.group(), markup.start(), name, "/".equals(markup.group(1))));
            end = markup.end();
        }
        if (end < html.length()) {
            tokens.add(new Token(html.substring(end), end, null, false));
        }
        return tokens;
    }
}
