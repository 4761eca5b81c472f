package org.handbook.parse;

import org.handbook.model.AnchorId;
import org.handbook.model.SourcePosition;

/** A section heading of a page: its level (2 to 6), anchor, plain text and place in the source. */
public record Heading(int level, AnchorId id, String text, SourcePosition position) {
}
