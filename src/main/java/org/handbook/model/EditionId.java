package org.handbook.model;

import java.util.regex.Pattern;

/** The id of an edition ("2026", "2nd"); it is a folder in every URL of that edition. */
public record EditionId(String value) implements Comparable<EditionId> {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");

    /** The URL folder that always leads to the current edition, so no edition may take it. */
    public static final String LATEST = "latest";

    public EditionId {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not an edition id: " + value);
        }
    }

    public static boolean isWellFormed(String text) {
        return text != null && FORM.matcher(text).matches() && !text.equals(LATEST) && !text.contains("..");
    }

    @Override
    public int compareTo(EditionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
