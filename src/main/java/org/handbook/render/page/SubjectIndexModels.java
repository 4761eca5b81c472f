package org.handbook.render.page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.handbook.link.LinkedBook;
import org.handbook.link.ReferenceTarget;
import org.handbook.link.SubjectIndex;
import org.handbook.model.PageKind;
import org.handbook.model.SitePath;

/**
 * The subject index page of a book; for a large index ({@link BookSize#ONE_PAGE_INDEX}), a page
 * that lists its letters and a page for each letter.
 */
public final class SubjectIndexModels {

    private static final Pattern SIMPLE_LABEL = Pattern.compile("[A-Za-z0-9]");

    private final PageModels pages;

    public SubjectIndexModels(PageModels pages) {
        this.pages = pages;
    }

    /**
     * The subject index: {@code letters} ({@code title}, {@code href}, {@code current}: where each
     * letter's entries are), {@code split} (whether each letter has a page of its own) and
     * {@code groups}, the letters shown on this page (all of them, or none when split), each with
     * its {@code label}, {@code id}, {@code terms} (how many) and {@code entries}. An entry has its
     * term (and the {@code lang} it is written in), the places it is marked in ({@code locators}:
     * the number a reader cites and a link), its sub-entries (same form) and its "see" and "see
     * also" terms.
     */
    public Map<String, Object> subjectIndex(LinkedBook book) {
        SitePath self = book.subjectIndexPage().orElseThrow();
        List<SitePath> letterPages = letterPages(book);
        boolean split = !letterPages.isEmpty();
        Map<String, Object> model = pages.listPage(book, self, PageKind.SUBJECT_INDEX, "subject-index",
                pages.names(book).sitePage("subject-index"), "chapters", LinkedBook::subjectIndexPage);
        List<SubjectIndex.Group> groups = book.subjectIndex().groups();
        model.put("letters", letters(book, self, -1, letterPages));
        model.put("split", split);
        List<Map<String, Object>> shown = new ArrayList<>();
        if (!split) {
            for (int i = 0; i < groups.size(); i++) {
                shown.add(group(book, groups.get(i), i, self));
            }
        }
        model.put("groups", shown);
        return model;
    }

    /** The page of each letter of a split index, by its path; none for an index on one page. */
    public Map<SitePath, Map<String, Object>> letters(LinkedBook book) {
        Map<SitePath, Map<String, Object>> letterPages = new LinkedHashMap<>();
        List<SitePath> paths = letterPages(book);
        if (paths.isEmpty()) {
            return letterPages;
        }
        SitePath index = book.subjectIndexPage().orElseThrow();
        String indexTitle = pages.names(book).sitePage("subject-index");
        List<SubjectIndex.Group> groups = book.subjectIndex().groups();
        for (int i = 0; i < groups.size(); i++) {
            SitePath self = paths.get(i);
            String title = letterTitle(pages.strings(book.language().tag()), indexTitle, groups.get(i));
            Map<String, Object> model = pages.listPage(book, self, PageKind.SUBJECT_INDEX, "subject-index",
                    title, "chapters", LinkedBook::subjectIndexPage);
            model.put("breadcrumbs", List.of(PageModels.link(pages.homeTitle(book), book.home(), self),
                    PageModels.link(indexTitle, index, self), PageModels.link(groups.get(i).label(), self, self)));
            model.put("letters", letters(book, self, i, paths));
            model.put("split", true);
            model.put("groups", List.of(group(book, groups.get(i), i, self)));
            letterPages.put(self, model);
        }
        return letterPages;
    }

    /** The title of a letter's page of a split index: "Index: C". */
    public static String letterTitle(Map<String, String> strings, String indexTitle, SubjectIndex.Group group) {
        return strings.getOrDefault("index.letterTitle", "{index}: {letter}")
                .replace("{index}", indexTitle).replace("{letter}", group.label());
    }

    /** The pages of the letters of a book's split index, in the index's order; none when it is one page. */
    public static List<SitePath> letterPages(LinkedBook book) {
        return book.subjectIndexPage().isPresent() && BookSize.splitsSubjectIndex(book) ? letterPaths(book) : List.of();
    }

    /**
     * Where each letter of a split index has its page: {@code subject-index/c/} for a Latin letter
     * or digit, {@code subject-index/group-4/} (its place) for any other.
     */
    private static List<SitePath> letterPaths(LinkedBook book) {
        SitePath index = book.subjectIndexPage().orElseThrow();
        String folder = index.value().substring(0, index.value().length() - "index.html".length());
        List<SitePath> paths = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        List<SubjectIndex.Group> groups = book.subjectIndex().groups();
        for (int i = 0; i < groups.size(); i++) {
            String label = groups.get(i).label();
            String name = SIMPLE_LABEL.matcher(label).matches() ? label.toLowerCase(Locale.ROOT) : "group-" + (i + 1);
            if (!taken.add(name)) {
                name = "group-" + (i + 1);
            }
            paths.add(new SitePath(folder + name + "/index.html"));
        }
        return paths;
    }

    /** @param paths the letters' pages of a split index; none for an index on one page, whose letters are its headings */
    private List<Map<String, Object>> letters(LinkedBook book, SitePath self, int current, List<SitePath> paths) {
        boolean split = !paths.isEmpty();
        List<SubjectIndex.Group> groups = book.subjectIndex().groups();
        List<Map<String, Object>> letters = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Map<String, Object> letter = PageModels.link(groups.get(i).label(),
                    split ? paths.get(i).hrefFrom(self) : "#index-" + (i + 1));
            letter.put("current", i == current);
            letter.put("terms", groups.get(i).entries().size());
            letters.add(letter);
        }
        return letters;
    }

    private Map<String, Object> group(LinkedBook book, SubjectIndex.Group group, int place, SitePath self) {
        PlaceNames names = pages.names(book);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("label", group.label());
        model.put("id", "index-" + (place + 1));
        model.put("terms", group.entries().size());
        model.put("entries", group.entries().stream().map(entry -> indexEntry(entry, names, self)).toList());
        return model;
    }

    private static Map<String, Object> indexEntry(SubjectIndex.Entry entry, PlaceNames names, SitePath self) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("term", entry.term());
        model.put("lang", entry.language().value());
        List<Map<String, Object>> locators = new ArrayList<>();
        for (ReferenceTarget locator : entry.locators()) {
            Map<String, Object> link = PageModels.link(names.citation(locator), locator.hrefFrom(self));
            link.put("place", names.name(locator));
            locators.add(link);
        }
        model.put("locators", locators);
        model.put("subentries", entry.subentries().stream().map(sub -> indexEntry(sub, names, self)).toList());
        model.put("see", entry.see());
        model.put("seeAlso", entry.seeAlso());
        return model;
    }
}
