package org.handbook.render.page;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbook.link.ReferenceTarget;
import org.handbook.model.SitePath;
import org.handbook.parse.Reference;

/**
 * Writes resolved cross-references into a page: each link's address, and for links the editor
 * left empty, the target named in the reader's language ("Section 4.2, Dual criminality").
 */
final class ReferenceHtml {

    private final Map<String, String> strings;

    ReferenceHtml(Map<String, String> strings) {
        this.strings = strings;
    }

    String fill(String html, List<Reference> references, List<Optional<ReferenceTarget>> targets, SitePath self) {
        String filled = html;
        for (Reference reference : references) {
            Optional<ReferenceTarget> target = reference.index() < targets.size() ? targets.get(reference.index())
                    : Optional.empty();
            String href = target.map(found -> found.path().hrefFrom(self) + (found.anchor().isEmpty() ? "" : "#" + found.anchor()))
                    .orElse("#");
            filled = filled.replace(reference.hrefMarker(), FactDisplay.escape(href));
            if (reference.fillText()) {
                filled = filled.replace(reference.textMarker(),
                        FactDisplay.escape(target.map(this::text).orElse(reference.written())));
            }
        }
        return filled;
    }

    private String text(ReferenceTarget target) {
        return switch (target.kind()) {
            case CHAPTER -> numbered("xref.chapter", target);
            case ANNEX -> numbered("xref.annex", target);
            case SECTION -> numbered("xref.section", target);
            case PARAGRAPH -> strings.getOrDefault("xref.paragraph", "paragraph {number}").replace("{number}", target.number());
            case COUNTRY -> target.title();
            case COUNTRY_SECTION -> strings.getOrDefault("xref.countrySection", "{name}: {section}")
                    .replace("{name}", target.title())
                    .replace("{section}", strings.getOrDefault("country.section." + target.section(),
                            strings.getOrDefault("country." + target.section(), target.section())));
        };
    }

    private String numbered(String key, ReferenceTarget target) {
        if (target.number().isEmpty()) {
            return target.title();
        }
        return strings.getOrDefault(key, "{number}, {title}")
                .replace("{number}", target.number())
                .replace("{title}", target.title());
    }
}
