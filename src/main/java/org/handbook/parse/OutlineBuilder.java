package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.handbook.model.AnchorId;

/** Collects a page's section headings and gives each a unique anchor id. */
final class OutlineBuilder extends AbstractVisitor {

    private final SourceLocator locator;
    private final Map<Node, String> headingIds;
    private final HeadingSlugs slugs;
    private final List<Heading> headings = new ArrayList<>();

    private OutlineBuilder(SourceLocator locator, Map<Node, String> headingIds, HeadingSlugs slugs) {
        this.locator = locator;
        this.headingIds = headingIds;
        this.slugs = slugs;
    }

    /** The page's headings; records each heading node's id in {@code headingIds} for rendering. */
    static List<Heading> build(Node document, SourceLocator locator, Map<Node, String> headingIds, HeadingSlugs slugs) {
        OutlineBuilder builder = new OutlineBuilder(locator, headingIds, slugs);
        document.accept(builder);
        return builder.headings;
    }

    @Override
    public void visit(org.commonmark.node.Heading node) {
        String text = PlainText.of(node);
        String id = slugs.next(text);
        headingIds.put(node, id);
        headings.add(new Heading(node.getLevel(), new AnchorId(id), text, locator.of(node)));
    }
}
