package org.handbook.load;

import org.handbook.model.PageId;
import org.handbook.model.PageKind;
import org.handbook.model.SourcePosition;

/** The checked front matter of a chapter; {@code idPosition} is where its id is written. */
public record FrontMatter(PageId id, String title, PageKind kind, SourcePosition idPosition) {
}
