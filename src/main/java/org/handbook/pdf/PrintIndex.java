package org.handbook.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handbook.link.LinkedBook;
import org.handbook.link.ReferenceTarget;
import org.handbook.link.SubjectIndex;
import org.handbook.model.SitePath;
import org.handbook.render.page.AuthorityTableModels;
import org.handbook.render.page.PageModels;

/**
 * The subject index and the table of authorities as print shows them: the same groups and entries
 * as the site's, each locator an anchor in the print document ({@code extradition--ix-3}) whose
 * page number print adds.
 */
final class PrintIndex {

    private final Map<SitePath, String> pageIds;

    PrintIndex(Map<SitePath, String> pageIds) {
        this.pageIds = pageIds;
    }

    List<Map<String, Object>> groups(SubjectIndex index) {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (SubjectIndex.Group group : index.groups()) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("label", group.label());
            model.put("entries", group.entries().stream().map(this::entry).toList());
            groups.add(model);
        }
        return groups;
    }

    /**
     * The page of the table of authorities ({@code page}, as {@link PrintChapters} gives pages) with
     * its {@code groups}: each entry's {@code locators} are the places that cite it, then the
     * profile sections that record it.
     */
    Map<String, Object> authorities(Map<String, Object> page, LinkedBook book, PageModels models) {
        Map<String, Object> model = new LinkedHashMap<>(page);
        model.put("groups", AuthorityTableModels.of(models, book).groups(book.authorities(),
                (place, ownProfile) -> Optional.ofNullable(pageIds.get(place.path()))
                        .map(pageId -> PrintContent.anchor(pageId, place.anchor())).orElse("")));
        return model;
    }

    private Map<String, Object> entry(SubjectIndex.Entry entry) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("term", entry.term());
        model.put("lang", entry.language().value());
        Set<String> anchors = new LinkedHashSet<>();
        for (ReferenceTarget locator : entry.locators()) {
            String pageId = pageIds.get(locator.path());
            if (pageId != null) {
                anchors.add(PrintContent.anchor(pageId, locator.anchor()));
            }
        }
        model.put("locators", List.copyOf(anchors));
        model.put("subentries", entry.subentries().stream().map(this::entry).toList());
        model.put("see", entry.see());
        model.put("seeAlso", entry.seeAlso());
        return model;
    }
}
