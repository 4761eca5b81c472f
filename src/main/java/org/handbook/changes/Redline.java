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
 * the blocks that changed word by word. Blocks that did not change are left out; in a run of
 * changes, each block is paired in order with the next block of its kind (paragraph, footnote…)
 * in the other version, since words compared across kinds would only be noise; a block with no
 * such partner was inserted or deleted.
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
            int sourceAt = delta.getSource().getPosition();
            int targetAt = delta.getTarget().getPosition();
            int i = 0;
            int j = 0;
            while (i < removed.size() || j < added.size()) {
                if (i < removed.size() && j < added.size() && removed.get(i).kind() == added.get(j).kind()) {
                    changes.add(new BlockChange(added.get(j).kind(), section(now, targetAt + j),
                            words.spans(removed.get(i).text(), added.get(j).text())));
                    i++;
                    j++;
                } else if (i < removed.size() && !hasKind(added.subList(j, added.size()), removed.get(i).kind())) {
                    changes.add(new BlockChange(removed.get(i).kind(), section(before, sourceAt + i),
                            List.of(new Span(Span.Type.DELETED, removed.get(i).text()))));
                    i++;
                } else {
                    changes.add(new BlockChange(added.get(j).kind(), section(now, targetAt + j),
                            List.of(new Span(Span.Type.INSERTED, added.get(j).text()))));
                    j++;
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

    private static boolean hasKind(List<TextBlock> blocks, TextBlock.Kind kind) {
        return blocks.stream().anyMatch(block -> block.kind() == kind);
    }

    private static boolean same(TextBlock a, TextBlock b) {
        return a.kind() == b.kind() && a.text().equals(b.text());
    }
}
