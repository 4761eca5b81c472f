package org.handbook.parse;

import java.util.List;
import org.handbook.model.AnchorId;

/**
 * What later stages need to know about a page's structure without its Markdown tree: its headings,
 * how many numbered paragraphs it has (anchors {@code p1}…{@code pN}; none unless it asks), its
 * captioned tables in order, and, on a glossary page, the headings that are terms.
 */
public record Outline(List<Heading> headings, int paragraphs, List<CaptionedTable> tables, List<AnchorId> terms) {

    /** An outline of headings alone. */
    public Outline(List<Heading> headings) {
        this(headings, 0, List.of(), List.of());
    }

    public Outline {
        headings = List.copyOf(headings);
        tables = List.copyOf(tables);
        terms = List.copyOf(terms);
    }
}
