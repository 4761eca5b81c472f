package org.handbook.render.page;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.handbook.link.LinkedPage;
import org.handbook.link.ReferenceTarget;
import org.handbook.model.AnchorId;
import org.handbook.parse.GlossaryTerms;

/** Writes, under each term of a glossary, the places of the book that use it. */
final class TermUsesHtml {

    private TermUsesHtml() {
    }

    static String insert(String html, LinkedPage glossary, PlaceNames names, Map<String, String> strings) {
        String filled = html;
        for (AnchorId term : glossary.page().outline().terms()) {
            List<ReferenceTarget> uses = glossary.termUses().getOrDefault(term.value(), List.of());
            String list = uses.isEmpty() ? "" : "<p class=\"term-uses\" data-pagefind-ignore><span class=\"term-uses-label\">"
                    + FactDisplay.escape(strings.getOrDefault("glossary.usedIn", "Used in")) + ":</span> "
                    + uses.stream()
                            .map(use -> "<a href=\"" + FactDisplay.escape(use.hrefFrom(glossary.path())) + "\">"
                                    + names.nameHtml(use) + "</a>")
                            .collect(Collectors.joining("; "))
                    + "</p>";
            filled = filled.replace(GlossaryTerms.usesMarker(term.value()), list);
        }
        return filled;
    }
}
