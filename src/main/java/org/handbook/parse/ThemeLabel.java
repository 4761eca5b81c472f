package org.handbook.parse;

import java.util.regex.Pattern;

/**
 * Where a label from the theme's strings goes in a page's HTML ("Note", "Done"). A page is parsed
 * once for every book that shows it, a translation missing or not, so the parse stage knows which
 * label a callout or a task's box needs but not the language of the book it is read in: the render
 * stage writes the label there.
 */
public final class ThemeLabel {

    /** A theme string's key between two marks; keys are words and dots ({@code callout.note}). */
    public static final Pattern MARKED = Pattern.compile("\uE004([A-Za-z.]+)\uE004");

    private ThemeLabel() {
    }

    /** Where the theme string {@code key} goes. */
    public static String marker(String key) {
        return "\uE004" + key + "\uE004";
    }
}
