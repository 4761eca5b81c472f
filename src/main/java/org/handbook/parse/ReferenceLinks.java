package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Text;

/**
 * Finds the cross-reference links of a page ({@code [](xref:extradition#dual-criminality)}),
 * records them, and leaves markers in the link for the render stage to replace with the resolved
 * address and, for empty link text, the target's title.
 */
final class ReferenceLinks extends AbstractVisitor {


    private final SourceLocator locator;
    private final Map<org.commonmark.node.Node, String> ids;
    private final List<Reference> references = new ArrayList<>();
    private final List<LocalLink> localLinks = new ArrayList<>();

    private ReferenceLinks(SourceLocator locator, Map<org.commonmark.node.Node, String> ids) {
        this.locator = locator;
        this.ids = ids;
    }

    /**
     * The cross-references and the ordinary links into the site, with the markers in place.
     *
     * @param ids the anchors of headings and numbered paragraphs, to place each reference
     */
    static ReferenceLinks replace(org.commonmark.node.Node document, SourceLocator locator,
                                  Map<org.commonmark.node.Node, String> ids) {
        ReferenceLinks links = new ReferenceLinks(locator, ids);
        document.accept(links);
        return links;
    }

    List<Reference> references() {
        return references;
    }

    List<LocalLink> localLinks() {
        return localLinks;
    }

    /** The scheme of a cross-reference destination, or empty for any other link. */
    static Optional<Reference.Scheme> scheme(String destination) {
        for (Reference.Scheme scheme : Reference.Scheme.values()) {
            if (destination.toLowerCase(Locale.ROOT).startsWith(scheme.prefix() + ":")) {
                return Optional.of(scheme);
            }
        }
        return Optional.empty();
    }

    @Override
    public void visit(Link link) {
        Optional<Reference.Scheme> scheme = scheme(link.getDestination());
        if (scheme.isEmpty()) {
            String destination = link.getDestination();
            if (!destination.isEmpty() && !destination.startsWith("/")
                    && LinkDestination.of(destination).kind() == LinkDestination.Kind.LOCAL) {
                localLinks.add(new LocalLink(destination, locator.of(link)));
            }
            visitChildren(link);
            return;
        }
        String rest = link.getDestination().substring(scheme.get().prefix().length() + 1);
        int hash = rest.indexOf('#');
        String target = hash < 0 ? rest : rest.substring(0, hash);
        String anchor = hash < 0 ? "" : rest.substring(hash + 1);
        boolean empty = link.getFirstChild() == null;
        Reference reference = new Reference(references.size(), scheme.get(), target, anchor, empty,
                Places.of(link, ids), locator.of(link));
        references.add(reference);
        link.setDestination(reference.hrefMarker());
        if (empty) {
            link.appendChild(new Text(reference.textMarker()));
        }
    }
}
