package org.handbook.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.handbook.model.AnchorId;

/**
 * What later stages need to know about a page's structure without its Markdown tree: its headings,
 * the line each numbered paragraph starts on (anchors {@code p1}…{@code pN}; none unless it asks), its
 * captioned tables and figures in order, on a glossary page the headings that are terms, and the
 * anchors its raw HTML gives.
 */
public record Outline(List<Heading> headings, List<Integer> paragraphLines, List<CaptionedTable> tables,
                      List<CaptionedFigure> figures, List<AnchorId> terms, List<HtmlAnchor> anchors) {

    /** An outline of headings alone. */
    public Outline(List<Heading> headings) {
        this(headings, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Outline {
        headings = List.copyOf(headings);
        paragraphLines = List.copyOf(paragraphLines);
        tables = List.copyOf(tables);
        figures = List.copyOf(figures);
        terms = List.copyOf(terms);
        anchors = List.copyOf(anchors);
    }

    /** How many numbered paragraphs the page has. */
    public int paragraphs() {
        return paragraphLines.size();
    }

    /** The ids of the places an editor names: headings, captioned tables and figures, and raw HTML's anchors. */
    public Set<String> namedAnchors() {
        Set<String> named = new LinkedHashSet<>();
        headings.forEach(heading -> named.add(heading.id().value()));
        tables.forEach(table -> named.add(table.id().value()));
        figures.forEach(figure -> named.add(figure.id().value()));
        anchors.forEach(anchor -> named.add(anchor.id().value()));
        return named;
    }
}
