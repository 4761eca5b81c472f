package org.handbook.parse;

import java.util.List;

/** What later stages need to know about a page's structure without its Markdown tree. */
public record Outline(List<Heading> headings) {

    public Outline {
        headings = List.copyOf(headings);
    }
}
