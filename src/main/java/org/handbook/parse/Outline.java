package org.handbook.parse;

import java.util.List;

/**
 * What later stages need to know about a page's structure without its Markdown tree: its headings,
 * and how many numbered paragraphs it has (anchors {@code p1}…{@code pN}; none unless it asks).
 */
public record Outline(List<Heading> headings, int paragraphs) {

    /** An outline without numbered paragraphs. */
    public Outline(List<Heading> headings) {
        this(headings, 0);
    }

    public Outline {
        headings = List.copyOf(headings);
    }
}
