package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.handbook.model.AnchorId;
import org.handbook.model.Diagnostics;

/**
 * Collects a page's section headings and gives each a unique anchor id: the one the editor wrote at
 * the end of the heading ({@code ## Doppelte Strafbarkeit {#dual-criminality}}, so that a
 * translation keeps its source's anchors), or else one made from the heading's text.
 */
final class OutlineBuilder extends AbstractVisitor {

    private static final Pattern CHOSEN_ID = Pattern.compile("\\s*\\{#([\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}_-]*)\\}\\s*$");

    private final SourceLocator locator;
    private final Map<Node, String> headingIds;
    private final HeadingSlugs slugs;
    private final Diagnostics diagnostics;
    private final List<Heading> headings = new ArrayList<>();

    private OutlineBuilder(SourceLocator locator, Map<Node, String> headingIds, HeadingSlugs slugs,
                           Diagnostics diagnostics) {
        this.locator = locator;
        this.headingIds = headingIds;
        this.slugs = slugs;
        this.diagnostics = diagnostics;
    }

    /** The page's headings; records each heading node's id in {@code headingIds} for rendering. */
    static List<Heading> build(Node document, SourceLocator locator, Map<Node, String> headingIds, HeadingSlugs slugs,
                               Diagnostics diagnostics) {
        OutlineBuilder builder = new OutlineBuilder(locator, headingIds, slugs, diagnostics);
        document.accept(builder);
        return builder.headings;
    }

    @Override
    public void visit(org.commonmark.node.Heading node) {
        Optional<String> chosen = takeChosenId(node);
        String text = PlainText.of(node);
        String id = chosen.filter(slugs::claim).orElse(null);
        if (id == null) {
            id = slugs.next(text);
            chosen.ifPresent(taken -> diagnostics.error(locator.of(node), "HB-HEADING-ID",
                    "the id '" + taken + "' is already taken on this page, or has the form of an id the site makes",
                    "choose another id; p12, ix-3, fn-… and fnref-… are the site's own"));
        }
        headingIds.put(node, id);
        headings.add(new Heading(node.getLevel(), new AnchorId(id), text, locator.of(node)));
    }

    /** Removes a trailing {@code {#id}} from the heading and returns the id. */
    private static Optional<String> takeChosenId(org.commonmark.node.Heading node) {
        if (!(node.getLastChild() instanceof Text last)) {
            return Optional.empty();
        }
        Matcher matcher = CHOSEN_ID.matcher(last.getLiteral());
        if (!matcher.find()) {
            return Optional.empty();
        }
        last.setLiteral(last.getLiteral().substring(0, matcher.start()));
        return Optional.of(matcher.group(1));
    }
}
