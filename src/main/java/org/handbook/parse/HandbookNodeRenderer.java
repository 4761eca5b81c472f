package org.handbook.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders the nodes the handbook adds to Markdown: index anchors, numbered tables and figures, the
 * slots for a glossary term's uses, callouts and the boxes of task lists. Numbers and lists that
 * only the link stage knows, and labels in the book's language, are left as markers for the
 * render stage.
 */
final class HandbookNodeRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    HandbookNodeRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(IndexAnchor.class, FigureBlock.class, FigureCaption.class, TermUsesSlot.class, Callout.class,
                TaskListItemMarker.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof IndexAnchor anchor) {
            html.tag("span", attributes("class", "index-mark", "id", anchor.id()));
            html.tag("/span");
        } else if (node instanceof FigureBlock figure) {
            html.line();
            html.tag("figure", attributes("class", figure.kind(), "id", figure.id()));
            html.line();
            renderChildren(node);
            html.tag("/figure");
            html.line();
        } else if (node instanceof FigureCaption caption) {
            html.line();
            html.tag("figcaption");
            html.tag("span", attributes("class", ((FigureBlock) caption.getParent()).kind() + "-number"));
            html.raw(caption.numberMarker());
            html.tag("/span");
            html.text(" ");
            renderChildren(node);
            html.tag("/figcaption");
            html.line();
        } else if (node instanceof TermUsesSlot slot) {
            html.line();
            html.raw(GlossaryTerms.usesMarker(slot.term()));
            html.line();
        } else if (node instanceof Callout callout) {
            // A note, not an aside's landmark: a chapter of many callouts would fill the list of landmarks.
            html.line();
            html.tag("aside", attributes("class", "callout callout-" + callout.kind(), "role", "note"));
            html.line();
            html.tag("p", attributes("class", "callout-title"));
            html.raw(ThemeLabel.marker(callout.labelKey()));
            html.tag("/p");
            html.line();
            renderChildren(node);
            html.tag("/aside");
            html.line();
        } else if (node instanceof TaskListItemMarker box) {
            // Read-only: the page records what was done, the reader cannot tick it.
            Map<String, String> attributes = attributes("type", "checkbox", "class", "task-box", "disabled", "");
            if (box.isChecked()) {
                attributes.put("checked", "");
            }
            attributes.put("aria-label", ThemeLabel.marker(box.isChecked() ? TaskLists.DONE : TaskLists.NOT_DONE));
            html.tag("input", attributes, true);
            html.text(" ");
        }
    }

    /** In the order given: {@code Map.of} would order attributes differently from one run to the next. */
    private static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return attributes;
    }

    private void renderChildren(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
    }
}
