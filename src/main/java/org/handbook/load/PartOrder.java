package org.handbook.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    /**
     * @param files the book's chapter files in reading order, with their places
     * @param read  the pages whose front matter could be read, by file: a part whose own page
     *              could not be read is a part all the same, and a chapter's kind is known only when read
     */
    static void check(List<ChapterFolders.Located> files, Map<Path, SourcePage> read, Diagnostics diagnostics) {
        Optional<BookPlace> lastPart = Optional.empty();
        for (ChapterFolders.Located file : files) {
            BookPlace place = file.place();
            SourcePage page = read.get(file.file());
            if (place.isPart()) {
                lastPart = Optional.of(place);
            } else if (lastPart.isPresent() && place.parent().isEmpty() && page != null
                    && page.frontMatter().kind() == PageKind.CHAPTER) {
                String part = lastPart.get().path().getParent().toString().replace('\\', '/');
                diagnostics.error(SourcePosition.of(file.file()), "HB-PART-ORDER",
                        "this chapter comes after the part " + part + "/ but is not in it, nor in any part",
                        "move it into the folder of the part it belongs to, or number it before the first part"
                                + " (chapters before the parts introduce the book; annexes come after them)");
            }
        }
    }
}
