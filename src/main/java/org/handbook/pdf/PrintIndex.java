package org.handbook.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.handbook.link.ReferenceTarget;
import org.handbook.link.SubjectIndex;
import org.handbook.model.SitePath;

/**
 * The subject index as print shows it: the same groups and entries as the site's, each locator an
 * anchor in the print document ({@code extradition--ix-3}) whose page number print adds.
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
