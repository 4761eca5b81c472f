package org.handbook.link;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handbook.model.Diagnostics;
import org.handbook.model.SitePath;
import org.handbook.parse.LocalLink;
import org.handbook.parse.ParagraphNumbers;
import org.handbook.parse.country.ProfileLayout;
import org.handbook.yaml.Spelling;

/**
 * Checks the ordinary links of every page that point into the site: the page they name must be
 * built, and their {@code #anchor} must exist on it. Footnote anchors are made by the renderer and
 * are taken as they are.
 */
final class LocalLinks {

    private final Map<String, Set<String>> anchorsByPath = new HashMap<>();
    /** Pages whose anchors are not checked: home and list pages have no stable ones. */
    private final Set<String> anyAnchor = new HashSet<>();
    private final Diagnostics diagnostics;

    private LocalLinks(List<LinkedBook> books, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        for (LinkedBook book : books) {
            anchorsByPath.put(book.home().value(), Set.of());
            anyAnchor.add(book.home().value());
            book.annexIndexPage().ifPresent(index -> {
                anchorsByPath.put(index.value(), Set.of());
                anyAnchor.add(index.value());
            });
            book.subjectIndexPage().ifPresent(index -> {
                anchorsByPath.put(index.value(), Set.of());
                anyAnchor.add(index.value());
            });
            book.countriesPage().ifPresent(list -> {
                anchorsByPath.put(list.value(), Set.of());
                anyAnchor.add(list.value());
            });
            Set<String> profileSections = Set.copyOf(ProfileLayout.ANCHORS);
            book.countries().forEach(country -> anchorsByPath.put(country.path().value(), profileSections));
            for (LinkedPage page : book.pages()) {
                Set<String> anchors = new HashSet<>(page.page().outline().namedAnchors());
                for (int n = 1; n <= page.page().outline().paragraphs(); n++) {
                    anchors.add(ParagraphNumbers.anchor(n));
                }
                page.page().indexMarks().forEach(mark -> anchors.add(mark.anchor()));
                anchorsByPath.put(page.path().value(), anchors);
            }
        }
    }

    static void check(List<LinkedBook> books, Diagnostics diagnostics) {
        LocalLinks links = new LocalLinks(books, diagnostics);
        for (LinkedBook book : books) {
            for (LinkedPage page : book.pages()) {
                if (page.translation().status() == TranslationState.Status.MISSING) {
                    // Its links are checked in the default language's book, where they were written.
                    continue;
                }
                for (LocalLink link : page.page().localLinks()) {
                    links.check(page.path(), link);
                }
            }
        }
    }

    private void check(SitePath from, LocalLink link) {
        String destination = link.destination();
        int hash = destination.indexOf('#');
        String path = hash < 0 ? destination : destination.substring(0, hash);
        String anchor = hash < 0 ? "" : URLDecoder.decode(destination.substring(hash + 1), StandardCharsets.UTF_8);
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        Optional<String> target = path.isEmpty() ? Optional.of(from.value()) : from.resolve(path).map(SitePath::value);
        if (target.isEmpty() || !anchorsByPath.containsKey(target.get())) {
            diagnostics.error(link.position(), "HB-LINK-BROKEN", "this link leads to no page of the handbook: " + destination,
                    "link to another part of the handbook with xref:<page-id>, annex:<letter> or country:<code>");
            return;
        }
        Set<String> anchors = anchorsByPath.get(target.get());
        if (!anchor.isEmpty() && !anyAnchor.contains(target.get()) && !anchors.contains(anchor)
                && !anchor.startsWith("fn-") && !anchor.startsWith("fnref-")) {
            diagnostics.error(link.position(), "HB-LINK-ANCHOR", "the page this link leads to has no '#" + anchor + "'",
                    Spelling.nearest(anchor, anchors).map(near -> "did you mean '#" + near + "'? ").orElse("")
                            + "anchors are the ids of headings, captioned tables and numbered paragraphs");
        }
    }
}
