package org.handbook.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedPage;
import org.handbook.model.SitePath;
import org.handbook.parse.Heading;

/**
 * A book's table of contents as its home page lists it ({@code contents}), and what a part or a
 * chapter with sub-chapters lists on its own page ({@code page.children}): each page with its
 * number as readers see it, its sections (unless the book is too long for them: {@link BookSize})
 * and the pages it holds, in reading order.
 */
final class BookContents {

    private BookContents() {
    }

    /**
     * The pages at the top of the book (parts, chapters outside them, annexes), each with
     * {@code title}, {@code href}, {@code kind}, {@code annex}, {@code lang}, {@code number},
     * {@code sections} (a chapter's own, {@code title}, {@code href}, {@code number}) and {@code children}
     * (a part's chapters, a chapter's sub-chapters: entries again).
     */
    static List<Map<String, Object>> of(LinkedBook book, SitePath self, Map<String, String> strings) {
        return book.top().stream().map(page -> entry(book, page, self, strings)).toList();
    }

    /** The chapters of a part, or the sub-chapters of a chapter, as the home page lists them. */
    static List<Map<String, Object>> children(LinkedBook book, LinkedPage page, SitePath self, Map<String, String> strings) {
        return book.children(page).stream().map(child -> entry(book, child, self, strings)).toList();
    }

    private static Map<String, Object> entry(LinkedBook book, LinkedPage linked, SitePath self, Map<String, String> strings) {
        Map<String, Object> entry = PageModels.link(linked.ref(), self);
        entry.put("kind", linked.page().frontMatter().kind().label());
        entry.put("annex", linked.page().frontMatter().kind().isLettered());
        entry.put("lang", linked.translation().contentLanguage().value());
        entry.put("number", PageModels.numberLabel(linked, strings));
        String href = linked.path().hrefFrom(self);
        List<Map<String, Object>> sections = new ArrayList<>();
        // Contents go two levels deep: a sub-chapter is one, and its sections are not listed.
        if (!linked.isPart() && !linked.nesting().isSubchapter() && BookSize.listsSections(book)) {
            for (Heading heading : linked.page().outline().headings()) {
                if (heading.level() == 2) {
                    Map<String, Object> section = PageModels.link(heading.text(), href + "#" + heading.id().value());
                    section.put("number", linked.sectionNumbers().getOrDefault(heading.id().value(), ""));
                    sections.add(section);
                }
            }
        }
        entry.put("sections", sections);
        entry.put("children", children(book, linked, self, strings));
        return entry;
    }
}
