package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The items of GitHub's task lists ({@code - [ ] Send the request}, {@code - [x] Translate it}),
 * whose box the Markdown parser puts before the item's first paragraph. Moved into that
 * paragraph, the box stands on the line of the item's text in a loose list as in a tight one.
 */
final class TaskLists {

    /** The theme strings that name a box to screen readers, which see no bullet and no tick. */
    static final String DONE = "task.done";
    static final String NOT_DONE = "task.notDone";

    private TaskLists() {
    }

    /** Puts each task's box at the start of its item's text. */
    static void place(Node document) {
        List<ListItem> items = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(ListItem item) {
                items.add(item);
                visitChildren(item);
            }
        });
        for (ListItem item : items) {
            if (item.getFirstChild() instanceof TaskListItemMarker box && box.getNext() instanceof Paragraph text) {
                text.prependChild(box);
            }
        }
    }

    /** The box of an item whose box {@link #place} has placed; empty for an item that is no task. */
    static Optional<TaskListItemMarker> box(ListItem item) {
        return item.getFirstChild() instanceof Paragraph text && text.getFirstChild() instanceof TaskListItemMarker box
                ? Optional.of(box) : Optional.empty();
    }
}
