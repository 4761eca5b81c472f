package org.handbook.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedPage;
import org.handbook.model.PageKind;
import org.handbook.model.Title;
import org.handbook.parse.Heading;
import org.handbook.render.page.PageModels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pages of a book as the print template takes them ({@code chapters}): the pages at the top
 * of the book in reading order (its parts, the chapters outside them, its annexes), each with the
 * pages it holds ({@code children}: a part's chapters, a chapter's sub-chapters). A sub-chapter is
 * printed inside its chapter, headed as the section it is numbered as, so its own sections'
 * headings are taken a level down (its {@code ##} prints as an {@code h3}), as their numbers are.
 */
final class PrintChapters {

    /** Whether the print fonts can draw a page's title and text; reports what they cannot, at {@code file}. */
    interface Printable {
        boolean test(String title, String html, Path file);
    }

    private final LinkedBook book;
    private final PageModels models;
    private final PrintContent content;
    private final Map<String, String> strings;
    private final Printable printable;
    private boolean allPrintable = true;

    PrintChapters(LinkedBook book, PageModels models, PrintContent content, Map<String, String> strings, Printable printable) {
        this.book = book;
        this.models = models;
        this.content = content;
        this.strings = strings;
        this.printable = printable;
    }

    /**
     * The book's pages, nested, but for the table of authorities, which is printed in the back
     * matter; empty when one of them cannot be printed (reported).
     */
    Optional<List<Map<String, Object>>> entries() {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (LinkedPage page : book.top()) {
            if (page.page().frontMatter().kind() != PageKind.AUTHORITIES) {
                entry(page).ifPresent(entries::add);
            }
        }
        return allPrintable ? Optional.of(entries) : Optional.empty();
    }

    /** Whether every page given so far can be printed (those that cannot are reported). */
    boolean allPrintable() {
        return allPrintable;
    }

    /** The page of the table of authorities, as the other pages are given, if the book has one. */
    Optional<Map<String, Object>> authorities() {
        return book.authoritiesPage().flatMap(this::entry);
    }

    /**
     * A page's {@code anchor}, {@code kind}, {@code number} (as readers see it: "Part II"),
     * {@code title} and {@code label} ("4 Mutual legal assistance", "Part II Cooperation"), each
     * as text and as HTML ({@code titleHtml}, {@code labelHtml}),
     * {@code lang}, {@code content}, {@code sections} and {@code children}.
     */
    private Optional<Map<String, Object>> entry(LinkedPage page) {
        String id = page.page().frontMatter().id().value();
        @SuppressWarnings("unchecked")
        Map<String, Object> pageModel = (Map<String, Object>) models.chapter(book, page).get("page");
        String html = content.rewrite((String) pageModel.get("content"), id, page.path());
        if (page.nesting().isSubchapter()) {
            html = headingsOneLevelDown(html);
        }
        String number = (String) pageModel.get("number");
        Title title = page.page().title();
        Title label = label(page, number);
        if (!printable.test(label.text(), html, page.page().file())) {
            allPrintable = false;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("anchor", id);
        entry.put("kind", page.page().frontMatter().kind().label());
        entry.put("number", number);
        entry.put("title", title.text());
        entry.put("titleHtml", PrintContent.title(title.html()));
        entry.put("label", label.text());
        entry.put("labelHtml", PrintContent.title(label.html()));
        entry.put("tocNumber", number.isEmpty() ? "" : numberLabel(page, number));
        entry.put("lang", page.translation().contentLanguage().value());
        entry.put("content", html);
        List<Map<String, Object>> sections = new ArrayList<>();
        // The contents go two levels deep: a chapter's sections and its sub-chapters, not theirs.
        if (!page.isPart() && !page.nesting().isSubchapter()) {
            for (Heading heading : page.page().outline().headings()) {
                if (heading.level() == 2) {
                    String sectionNumber = page.sectionNumbers().getOrDefault(heading.id().value(), "");
                    Title section = Title.plain(sectionNumber.isEmpty() ? heading.text() : sectionNumber + " " + heading.text());
                    sections.add(Map.of("anchor", PrintContent.anchor(id, heading.id().value()),
                            "label", section.text(), "labelHtml", section.html(),
                            "tocNumber", sectionNumber, "titleHtml", Title.plain(heading.text()).html()));
                }
            }
        }
        entry.put("sections", sections);
        List<Map<String, Object>> children = new ArrayList<>();
        for (LinkedPage child : book.children(page)) {
            entry(child).ifPresent(children::add);
        }
        entry.put("children", children);
        return Optional.of(entry);
    }

    /**
     * "4 Mutual legal assistance", "Annex B Forms", "Part II Cooperation": what the heading, the
     * contents, the running head and the bookmark say; the title alone where nothing is numbered.
     */
    private Title label(LinkedPage page, String number) {
        Title title = page.page().title();
        if (number.isEmpty()) {
            return title;
        }
        Title numbered = Title.plain(numberLabel(page, number) + " ");
        return new Title(numbered.text() + title.text(), numbered.html() + title.html());
    }

    /** "4", or "Annex B" for a lettered page. */
    private String numberLabel(LinkedPage page, String number) {
        return (page.page().frontMatter().kind().isLettered() ? strings.getOrDefault("annex", "Annex") + " " : "") + number;
    }

    /** h2 → h3 … h5 → h6: a sub-chapter's sections are a level below the sub-chapter's own heading. */
    private static String headingsOneLevelDown(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (int level = 5; level >= 2; level--) {
            for (Element heading : document.body().select("h" + level)) {
                heading.tagName("h" + (level + 1));
            }
        }
        return document.body().html();
    }
}
