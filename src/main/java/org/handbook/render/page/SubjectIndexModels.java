package org.handbook.render.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbook.link.LinkedBook;
import org.handbook.link.ReferenceTarget;
import org.handbook.link.SubjectIndex;
import org.handbook.model.PageKind;
import org.handbook.model.SitePath;

/** The subject index page of a book. */
public final class SubjectIndexModels {

    private final PageModels pages;

    public SubjectIndexModels(PageModels pages) {
        this.pages = pages;
    }

    /**
     * The subject index: letter groups, each with its entries; an entry has its term (and the
     * {@code lang} it is written in), the places
     * it is marked in ({@code locators}: the number a reader cites and a link), its sub-entries
     * (same form) and its "see" and "see also" terms.
     */
    public Map<String, Object> subjectIndex(LinkedBook book) {
        SitePath self = book.subjectIndexPage().orElseThrow();
        PlaceNames names = pages.names(book);
        Map<String, Object> model = pages.listPage(book, self, PageKind.SUBJECT_INDEX, "subject-index",
                names.sitePage("subject-index"), "chapters", LinkedBook::subjectIndexPage);
        List<Map<String, Object>> groups = new ArrayList<>();
        for (SubjectIndex.Group group : book.subjectIndex().groups()) {
            Map<String, Object> groupModel = new LinkedHashMap<>();
            groupModel.put("label", group.label());
            groupModel.put("entries", group.entries().stream().map(entry -> indexEntry(entry, names, self)).toList());
            groups.add(groupModel);
        }
        model.put("groups", groups);
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
