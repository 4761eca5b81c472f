package org.handbook.load;

import java.util.List;
import java.util.Optional;
import org.handbook.model.Diagnostics;
import org.handbook.model.PageKind;
import org.handbook.model.SourcePosition;

/**
 * Once a book's parts begin, every chapter is in one: a chapter after a part but outside it would
 * read, on the site and on paper, as the last chapter of that part. Chapters before the first
 * part (an introduction) and annexes after the parts stand outside them.
 */
final class PartOrder {

    private PartOrder() {
    }

    /** @param pages a book's pages in reading order */
    static void check(List<SourcePage> pages, Diagnostics diagnostics) {
        Optional<SourcePage> lastPart = Optional.empty();
        for (SourcePage page : pages) {
            if (page.place().isPart()) {
                lastPart = Optional.of(page);
            } else if (lastPart.isPresent() && page.place().parent().isEmpty() && page.frontMatter().kind() == PageKind.CHAPTER) {
                String part = lastPart.get().place().path().getParent().toString().replace('\\', '/');
                diagnostics.error(SourcePosition.of(page.file()), "HB-PART-ORDER",
                        "this chapter comes after the part " + part + "/ but is not in it, nor in any part",
                        "move it into the folder of the part it belongs to, or number it before the first part"
                                + " (chapters before the parts introduce the book; annexes come after them)");
            }
        }
    }
}
