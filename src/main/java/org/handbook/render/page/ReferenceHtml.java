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

    /** Replaces every marker in one pass: a page with many references is not copied once per reference. */
    String fill(String html, List<Reference> references, List<Optional<ReferenceTarget>> targets, SitePath self) {
        StringBuilder out = new StringBuilder(html.length() + references.size() * 48);
        int copied = 0;
        for (int at = nextMarker(html, 0); at >= 0; at = nextMarker(html, copied)) {
            char kind = html.charAt(at);
            int end = html.indexOf(kind, at + 1);
            Optional<Integer> index = end < 0 ? Optional.empty() : Reference.indexOfMarker(html.substring(at, end + 1));
            if (index.isEmpty() || index.get() >= references.size()) {
                out.append(html, copied, at + 1);
                copied = at + 1;
                continue;
            }
            Reference reference = references.get(index.get());
            Optional<ReferenceTarget> target = index.get() < targets.size() ? targets.get(index.get()) : Optional.empty();
            out.append(html, copied, at).append(kind == Reference.HREF_MARK
                    ? FactDisplay.escape(target.map(found -> found.hrefFrom(self)).orElse("#"))
                    : target.map(names::nameHtml).orElseGet(() -> FactDisplay.escape(reference.written())));
            copied = end + 1;
        }
        return out.append(html, copied, html.length()).toString();
    }

    private static int nextMarker(String html, int from) {
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == Reference.HREF_MARK || c == Reference.TEXT_MARK) {
                return i;
            }
        }
        return -1;
    }
}
