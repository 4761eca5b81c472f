package org.handbook.parse;

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

    public String hrefMarker() {
        return "\uE002ref-" + index + "\uE002";
    }

    public String textMarker() {
        return "\uE003ref-" + index + "\uE003";
    }

    /** As the editor wrote it, for messages. */
    public String written() {
        return scheme.prefix() + ":" + target + (anchor.isEmpty() ? "" : "#" + anchor);
    }
}
