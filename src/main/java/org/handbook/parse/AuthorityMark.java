package org.handbook.parse;

import org.handbook.model.SourcePosition;

/**
 * A legal authority marked in a page ({@code [Extradition Act](authority: "TH; Extradition Act,
 * B.E. 2551 (2008)")}): the State whose law it is (an ISO 3166 alpha-2 code, empty for an
 * international instrument), its name as the mark writes it, and the place it sits in (the anchor
 * of its numbered paragraph or section, or of the paragraph that refers to its footnote; empty at
 * the top of the page).
 */
public record AuthorityMark(String state, String name, String place, SourcePosition position) {
}
