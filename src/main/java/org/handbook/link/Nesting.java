package org.handbook.link;

import java.util.Optional;
import org.handbook.model.PageId;

/**
 * Where a page stands in its book's structure: the part it is in, and for a sub-chapter the
 * chapter it is under; both empty for a page at the top of the book (a chapter of a flat book,
 * an annex, a part itself).
 */
public record Nesting(Optional<PageId> part, Optional<PageId> chapter) {

    public static final Nesting TOP = new Nesting(Optional.empty(), Optional.empty());

    /** Whether the page is a sub-chapter: a page of its own under a chapter, numbered below it (4.1). */
    public boolean isSubchapter() {
        return chapter.isPresent();
    }

    /** The page it stands directly under: its chapter, else its part. */
    public Optional<PageId> parent() {
        return chapter.or(() -> part);
    }
}
