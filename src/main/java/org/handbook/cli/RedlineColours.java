package org.handbook.cli;

import java.util.regex.Pattern;

/**
 * A redline as a terminal shows it in colour: the words deleted, written "[-…-]", struck through
 * in red, and those inserted, written "{+…+}", in green; the marks themselves go. Only for a
 * person at a terminal that has not asked for no colour (the NO_COLOR convention); a log or a
 * pipe keeps the marks, which read without colour.
 */
final class RedlineColours {

    private static final Pattern DELETED = Pattern.compile("\\[-(.*?)-]", Pattern.DOTALL);
    private static final Pattern INSERTED = Pattern.compile("\\{\\+(.*?)\\+}", Pattern.DOTALL);
    private static final String RED_STRUCK = "\u001B[31;9m";
    private static final String GREEN = "\u001B[32m";
    private static final String RESET = "\u001B[0m";

    private RedlineColours() {
    }

    /** @param text already made safe for a terminal: nothing in it is a control sequence of its own */
    static String apply(String text) {
        String struck = DELETED.matcher(text).replaceAll(match -> java.util.regex.Matcher.quoteReplacement(
                RED_STRUCK + match.group(1) + RESET));
        return INSERTED.matcher(struck).replaceAll(match -> java.util.regex.Matcher.quoteReplacement(
                GREEN + match.group(1) + RESET));
    }
}
