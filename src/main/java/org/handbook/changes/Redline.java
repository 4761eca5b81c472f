package org.handbook.changes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import org.handbook.changes.EditionChanges.BlockChange;
import org.handbook.changes.EditionChanges.ParagraphMove;
import org.handbook.changes.EditionChanges.Span;
import org.handbook.parse.TextBlock;

/**
 * Lines up the blocks of two versions of a chapter (Myers diff over whole blocks), then compares
 * the blocks that changed word by word. Blocks that did not change are left out; a block in a run
 * of changes is paired with the block in the same place of the other version.
 */
final class Redline {

    private final WordDiff words;

    Redline(WordDiff words) {
        this.words = words;
    }

    List<BlockChange> changes(List<TextBlock> before, List<TextBlock> now) {
        Patch<TextBlock> patch = DiffUtils.diff(before, now, Redline::same);
        List<BlockChange> changes = new ArrayList<>();
        for (AbstractDelta<TextBlock> delta : patch.getDeltas()) {
            List<TextBlock> removed = delta.getSource().getLines();
            List<TextBlock> added = delta.getTarget().getLines();
            int paired = Math.min(removed.size(), added.size());
            for (int i = 0; i < Math.max(removed.size(), added.size()); i++) {
                if (i < paired) {
                    TextBlock was = removed.get(i);
                    TextBlock is = added.get(i);
                    changes.add(new BlockChange(is.kind(), section(now, delta.getTarget().getPosition() + i),
                            words.spans(was.text(), is.text())));
                } else if (i < removed.size()) {
                    TextBlock was = removed.get(i);
                    changes.add(new BlockChange(was.kind(), section(before, delta.getSource().getPosition() + i),
                            List.of(new Span(Span.Type.DELETED, was.text()))));
                } else {
                    TextBlock is = added.get(i);
                    changes.add(new BlockChange(is.kind(), section(now, delta.getTarget().getPosition() + i),
                            List.of(new Span(Span.Type.INSERTED, is.text()))));
                }
            }
        }
        return changes;
    }

    /**
     * Where each numbered paragraph of the earlier version went: the paragraph that replaces it in
     * the same place of a changed run, or nowhere. Only paragraphs whose number changed are listed.
     *
     * @param beforePage the earlier version's chapter number ("4"), and nowPage the later's
     */
    static List<ParagraphMove> moves(List<TextBlock> before, List<TextBlock> now, String beforePage, String nowPage) {
        List<TextBlock> old = before.stream().filter(block -> block.paragraph() > 0).toList();
        List<TextBlock> current = now.stream().filter(block -> block.paragraph() > 0).toList();
        if (old.isEmpty() || current.isEmpty()) {
            return List.of();
        }
        int[] target = new int[old.size()];
        Patch<TextBlock> patch = DiffUtils.diff(old, current, Redline::same);
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<TextBlock> delta : patch.getDeltas()) {
            while (oldAt < delta.getSource().getPosition()) {
                target[oldAt++] = current.get(newAt++).paragraph();
            }
            for (int i = 0; i < delta.getSource().size(); i++) {
                target[oldAt++] = i < delta.getTarget().size() ? current.get(delta.getTarget().getPosition() + i).paragraph() : 0;
            }
            newAt = delta.getTarget().getPosition() + delta.getTarget().size();
        }
        while (oldAt < old.size()) {
            target[oldAt++] = current.get(newAt++).paragraph();
        }
        List<ParagraphMove> moves = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            String was = number(beforePage, old.get(i).paragraph());
            String is = target[i] == 0 ? "" : number(nowPage, target[i]);
            if (!was.equals(is)) {
                moves.add(new ParagraphMove(was, is));
            }
        }
        return moves;
    }

    private static String number(String page, int paragraph) {
        return page.isEmpty() ? String.valueOf(paragraph) : page + "." + paragraph;
    }

    /** The heading of the section the block at {@code index} is in, or empty before the first heading. */
    private static String section(List<TextBlock> blocks, int index) {
        for (int i = Math.min(index, blocks.size() - 1); i >= 0; i--) {
            if (blocks.get(i).kind() == TextBlock.Kind.HEADING) {
                return blocks.get(i).text();
            }
        }
        return "";
    }

    private static boolean same(TextBlock a, TextBlock b) {
        return a.kind() == b.kind() && a.text().equals(b.text());
    }
}
