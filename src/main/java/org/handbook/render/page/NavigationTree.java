package org.handbook.render.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedPage;
import org.handbook.model.SitePath;

/**
 * A book's pages as its navigation lists them, found once per book: the chapters and the annexes
 * at its top, each page's place among the pages listed beside it, and the pages a reader of a
 * page has open (its part and chapter, and itself), so that a pruned navigation costs a page the
 * entries it shows, not the whole book.
 */
final class NavigationTree {

    private final LinkedBook book;
    private final List<LinkedPage> chapters;
    private final List<LinkedPage> annexes;
    private final Map<SitePath, LinkedPage> byPath = new HashMap<>();
    private final Map<SitePath, Integer> places = new HashMap<>();

    NavigationTree(LinkedBook book) {
        this.book = book;
        this.chapters = book.top().stream().filter(page -> !page.page().frontMatter().kind().isLettered()).toList();
        this.annexes = book.top().stream().filter(page -> page.page().frontMatter().kind().isLettered()).toList();
        place(chapters);
        place(annexes);
        for (LinkedPage page : book.pages()) {
            byPath.put(page.path(), page);
            place(book.children(page));
        }
    }

    private void place(List<LinkedPage> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            places.put(siblings.get(i).path(), i);
        }
    }

    LinkedBook book() {
        return book;
    }

    List<LinkedPage> chapters() {
        return chapters;
    }

    List<LinkedPage> annexes() {
        return annexes;
    }

    /** The pages open on {@code self}: its part, its chapter and itself, from the top down; none on a page outside them. */
    List<LinkedPage> openOn(SitePath self) {
        LinkedPage page = byPath.get(self);
        if (page == null) {
            return List.of();
        }
        List<LinkedPage> open = new ArrayList<>(book.ancestors(page));
        open.add(page);
        return open;
    }

    /** Where {@code page} stands among the pages listed beside it, from 0. */
    int placeOf(LinkedPage page) {
        return places.getOrDefault(page.path(), 0);
    }
}
