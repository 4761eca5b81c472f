package org.handbook.parse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes stable, unique anchor ids from heading text: lower case, letters and digits of any script
 * kept, everything else folded into single hyphens; a repeat gets "-2", "-3" and so on.
 */
final class HeadingSlugs {

    private static final String FALLBACK = "section";

    /**
     * Ids the default theme gives its own elements on a chapter's page (the search box and its
     * results, the main content, the page's contents): a heading that took one would break them.
     * A test keeps this list in step with the templates of that page.
     */
    static final Set<String> THEME_IDS = Set.of("content", "contents-title", "page-toc-title", "site-search-query",
            "site-search-results");

    private final Set<String> used = new HashSet<>(THEME_IDS);
    /** The next suffix worth trying for each base: those below it are taken, and ids are never given back. */
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    String next(String headingText) {
        String base = slug(headingText);
        if (isGenerated(base)) {
            // Footnotes take "fn-<label>" and "fnref-<label>", numbered paragraphs "p<number>", index marks "ix-<number>".
            base = FALLBACK + "-" + base;
        }
        if (used.add(base)) {
            return base;
        }
        int suffix = nextSuffix.getOrDefault(base, 2);
        while (!used.add(base + "-" + suffix)) {
            suffix++;
        }
        nextSuffix.put(base, suffix + 1);
        return base + "-" + suffix;
    }

    /**
     * Takes an id the editor chose ({@code ## Title {#id}}); false when the page already uses it,
     * or when the site makes ids of that form itself.
     */
    boolean claim(String id) {
        return !isGenerated(id) && used.add(id);
    }

    /** Whether {@code id} is one the theme gives its own elements. */
    static boolean isThemes(String id) {
        return THEME_IDS.contains(id);
    }

    private static boolean isGenerated(String id) {
        return id.startsWith("fn-") || id.startsWith("fnref-") || ParagraphNumbers.looksLikeAnchor(id)
                || IndexMark.looksLikeAnchor(id);
    }

    static String slug(String text) {
        StringBuilder slug = new StringBuilder();
        boolean pendingHyphen = false;
        for (int offset = 0; offset < text.length(); ) {
            int codePoint = text.codePointAt(offset);
            offset += Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint) || isMark(codePoint)) {
                if (pendingHyphen && slug.length() > 0) {
                    slug.append('-');
                }
                pendingHyphen = false;
                slug.append(new String(Character.toChars(codePoint)).toLowerCase(Locale.ROOT));
            } else if (codePoint != '\'' && codePoint != '\u2019') {
                pendingHyphen = true;
            }
        }
        return slug.length() == 0 ? FALLBACK : slug.toString();
    }

    /** Combining marks carry vowels and tones in Thai, Lao, Khmer and Myanmar: never drop them. */
    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
