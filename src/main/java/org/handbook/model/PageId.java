package org.handbook.model;

import java.util.Set;
import java.util.regex.Pattern;

/** The id of a page, taken from its front matter; it is the page's folder in every URL. */
public record PageId(String value) implements Comparable<PageId> {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** Folder names the site itself uses beside the pages of an edition. */
    public static final Set<String> RESERVED = Set.of("annexes", "assets", "changes", "countries", "latest", "search",
            "subject-index");

    public PageId {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a page id: " + value);
        }
    }

    public static boolean isWellFormed(String text) {
        return text != null && text.length() <= 100 && FORM.matcher(text).matches();
    }

    @Override
    public int compareTo(PageId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
