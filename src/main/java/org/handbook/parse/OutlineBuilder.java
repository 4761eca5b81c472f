package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.handbook.model.AnchorId;
import org.handbook.model.Diagnostics;

/**
 * Collects a page's section headings and gives each a unique anchor id: the one the editor wrote at
 * the end of the heading ({@code ## Doppelte Strafbarkeit {#dual-criminality}}, so that a
 * translation keeps its source's anchors), or else one made from the heading's text.
 */
final class OutlineBuilder extends AbstractVisitor {

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
        // The chapter's title is the level-1 heading every section stands under.
        int above = headings.isEmpty() ? 1 : headings.get(headings.size() - 1).level();
        if (node.getLevel() > above + 1) {
            String marks = "#".repeat(above + 1);
            diagnostics.warning(locator.of(node), "HB-HEADING-SKIPPED", "this heading skips a level: it is level "
                            + node.getLevel() + " right under level " + above + ", so its number gets a 0 for the missing level",
                    "write it with " + marks + ", or put the level-" + (above + 1) + " heading it belongs under above it");
        }
        String id = ChosenIds.anchor(node, "", slugs, locator.of(node), diagnostics);
        String text = PlainText.of(node);
        headingIds.put(node, id);
        headings.add(new Heading(node.getLevel(), new AnchorId(id), text, locator.of(node)));
    }
}
