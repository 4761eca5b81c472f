package org.handbook.parse;

import java.util.Optional;
import org.handbook.model.SourcePosition;

/**
 * A cross-reference written as a Markdown link with one of the handbook's schemes:
 * {@code xref:<page-id>[#<anchor>]}, {@code annex:<letter>[#<anchor>]},
 * {@code country:<code>[#<section>]} or {@code glossary:<term>}; {@code place} is where in its page
 * it is written (the anchor of its numbered paragraph or section; empty at the top of the page). The page's HTML holds {@link #hrefMarker()} where the link
 * target goes and, when the editor left the link text empty, {@link #textMarker()} where the
 * target's title goes.
 */
public record Reference(int index, Scheme scheme, String target, String anchor, boolean fillText, String place,
                        SourcePosition position) {

    /** The kinds of target a reference can name. */
    public enum Scheme {
        XREF("xref"), ANNEX("annex"), COUNTRY("country"), GLOSSARY("glossary");

        private final String prefix;

        Scheme(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    /** Private-use characters that open and close the markers; no editor types them by accident. */
    public static final char HREF_MARK = '\uE002';
    public static final char TEXT_MARK = '\uE003';

    public String hrefMarker() {
        return HREF_MARK + "ref-" + index + HREF_MARK;
    }

    public String textMarker() {
        return TEXT_MARK + "ref-" + index + TEXT_MARK;
    }

    /** The index of the reference a marker stands for, when {@code marker} is one. */
    public static Optional<Integer> indexOfMarker(String marker) {
        if (marker.length() < 7 || !marker.startsWith("ref-", 1)) {
            return Optional.empty();
        }
        String digits = marker.substring(5, marker.length() - 1);
        return digits.chars().allMatch(Character::isDigit) && digits.length() < 9
                ? Optional.of(Integer.parseInt(digits)) : Optional.empty();
    }

    /** As the editor wrote it, for messages. */
    public String written() {
        return scheme.prefix() + ":" + target + (anchor.isEmpty() ? "" : "#" + anchor);
    }
}
