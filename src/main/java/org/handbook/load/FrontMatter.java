package org.handbook.load;

import java.util.Optional;
import org.handbook.model.PageId;
import org.handbook.model.PageKind;
import org.handbook.model.SourcePosition;

/**
 * The checked front matter of a chapter; {@code idPosition} is where its id is written;
 * {@code titleMarkdown} is its title as written, inline Markdown that parse makes into the title
 * readers see ({@code ParsedPage.title()}), and {@code titlePosition} where it is written;
 * {@code description} a one-line summary (empty when not given) that lists such as the annex
 * index show; {@code numberedParagraphs} asks for a citable number on every body paragraph;
 * {@code translation} is what a translated chapter records of its source (empty in the default
 * language, or where the translator wrote nothing).
 */
public record FrontMatter(PageId id, String titleMarkdown, PageKind kind, String description, boolean numberedParagraphs,
                          Optional<TranslationRecord> translation, SourcePosition idPosition, SourcePosition titlePosition) {

    /** The front matter of a chapter that is not a translation, its title reported where its id is. */
    public FrontMatter(PageId id, String titleMarkdown, PageKind kind, String description, boolean numberedParagraphs,
                       SourcePosition idPosition) {
        this(id, titleMarkdown, kind, description, numberedParagraphs, Optional.empty(), idPosition, idPosition);
    }
}
