package org.handbook.load;

import org.handbook.model.PageId;
import org.handbook.model.PageKind;
import org.handbook.model.SourcePosition;

/**
 * The checked front matter of a chapter; {@code idPosition} is where its id is written, and
 * {@code description} a one-line summary (empty when not given) that lists such as the annex
 * index show; {@code numberedParagraphs} asks for a citable number on every body paragraph.
 */
public record FrontMatter(PageId id, String title, PageKind kind, String description, boolean numberedParagraphs,
                          SourcePosition idPosition) {
}
