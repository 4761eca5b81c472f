package org.handbook.render.page;

import java.util.List;
import java.util.Optional;
import org.handbook.link.ReferenceTarget;
import org.handbook.model.SitePath;
import org.handbook.parse.Reference;

/**
 * Writes resolved cross-references into a page: each link's address, and for links the editor
 * left empty, the target named in the reader's language ("Section 4.2, Dual criminality").
 */
final class ReferenceHtml {

    private final PlaceNames names;

    ReferenceHtml(PlaceNames names) {
        this.names = names;
    }

    String fill(String html, List<Reference> references, List<Optional<ReferenceTarget>> targets, SitePath self) {
        String filled = html;
        for (Reference reference : references) {
            Optional<ReferenceTarget> target = reference.index() < targets.size() ? targets.get(reference.index())
                    : Optional.empty();
            String href = target.map(found -> found.hrefFrom(self)).orElse("#");
            filled = filled.replace(reference.hrefMarker(), FactDisplay.escape(href));
            if (reference.fillText()) {
                filled = filled.replace(reference.textMarker(),
                        FactDisplay.escape(target.map(names::name).orElse(reference.written())));
            }
        }
        return filled;
    }
}
