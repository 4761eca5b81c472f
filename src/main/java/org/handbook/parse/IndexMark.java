package org.handbook.parse;

import java.util.Optional;
import java.util.regex.Pattern;
import org.handbook.model.SourcePosition;

/**
 * A subject-index entry marked in a page ({@code [extradition](index:)}): the term and, for a
 * sub-entry, the term under it; a "see" or "see also" cross-reference to another term (empty when
 * none); the anchor the mark puts in the page ({@code ix-3}) and the place it sits in (the anchor of
 * its numbered paragraph or section, empty at the top of the page).
 */
public record IndexMark(String term, String subterm, String see, String seeAlso, String anchor, String place,
                        SourcePosition position) {

    private static final Pattern ANCHOR = Pattern.compile("ix-[1-9][0-9]*");

    /** The anchor of the {@code number}th mark of a page: "ix-3". */
    static String anchor(int number) {
        return "ix-" + number;
    }

    /** Whether a heading's slug would look like a mark's anchor. */
    static boolean looksLikeAnchor(String slug) {
        return ANCHOR.matcher(slug).matches();
    }

    /** A "see" entry sends the reader elsewhere and has no page of its own to list. */
    public boolean isLocator() {
        return see.isEmpty();
    }

    /** The term a "see" or "see also" names, if any. */
    public Optional<String> crossReference() {
        return !see.isEmpty() ? Optional.of(see) : seeAlso.isEmpty() ? Optional.empty() : Optional.of(seeAlso);
    }
}
