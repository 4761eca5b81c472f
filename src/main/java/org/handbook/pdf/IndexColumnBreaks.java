package org.handbook.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the subject index's columns end: the index is set in two columns a page, filled one
 * after the other from the top, and the last page's two columns are balanced, as a book's index
 * is. A column never ends after a letter heading, nor after an entry's own lines when its
 * sub-entries follow, nor inside an entry with fewer than two of its sub-entries on either side;
 * a column that begins with a sub-entry begins with its entry's heading repeated
 * ("extradition (continued)").
 */
final class IndexColumnBreaks {

    /**
     * A piece of the index that a column never splits: a letter heading, an entry's own lines
     * (term, pages, cross-references), or one sub-entry.
     *
     * @param height         its height, in layout units
     * @param droppedAtTop   the part of its height (space above a letter heading) it loses at the top of a column
     * @param keepWithNext   true when no column may end after it
     * @param continuedLine  for a sub-entry, the height of its entry's heading repeated above it
     *                       at the top of a column; 0 for the others
     * @param reachAbove     how far the letters of its first line (of the heading repeated, for a
     *                       sub-entry) reach above it: at the top of a page the engine moves a line
     *                       down until they are on the page
     * @param reachBelow     how far the letters of its last line reach below it: the engine moves a
     *                       line to the next page unless they end above the foot of the page
     */
    record Piece(int height, int droppedAtTop, boolean keepWithNext, int continuedLine, int reachAbove, int reachBelow) {

        boolean isSubEntry() {
            return continuedLine > 0;
        }
    }

    /** The pieces {@code [from, to)} in one column. */
    record Column(int from, int to) {

        boolean isEmpty() {
            return from == to;
        }
    }

    /** A page's two columns. */
    record Page(Column left, Column right) {
    }

    private final List<Piece> pieces;
    /** The heights of the pieces before each piece, summed, so a column's height takes no loop. */
    private final long[] before;

    private IndexColumnBreaks(List<Piece> pieces) {
        this.pieces = List.copyOf(pieces);
        before = new long[pieces.size() + 1];
        for (int i = 0; i < pieces.size(); i++) {
            before[i + 1] = before[i] + pieces.get(i).height();
        }
    }

    /**
     * The pages the pieces fill.
     *
     * @param firstPage the height left for the columns under the index's heading on its first page
     * @param page      the height of a page's text area
     */
    static List<Page> pages(List<Piece> pieces, int firstPage, int page) {
        return new IndexColumnBreaks(pieces).pages(firstPage, page);
    }

    private List<Page> pages(int firstPage, int page) {
        List<Page> pages = new ArrayList<>();
        int from = 0;
        while (from < pieces.size()) {
            // The first page's columns begin under the index's heading, the others' at the top of the page.
            Room room = pages.isEmpty() ? new Room(firstPage, false) : new Room(page, true);
            Page balanced = balanced(from, room);
            if (balanced != null) {
                pages.add(balanced);
                break;
            }
            int middle = fill(from, room);
            int end = fill(middle, room);
            pages.add(new Page(new Column(from, middle), new Column(middle, end)));
            from = end;
        }
        return pages;
    }

    /** The height a column has, and whether it begins at the top of a page. */
    private record Room(int height, boolean atTopOfPage) {
    }

    /** Whether the pieces {@code [from, to)} fit in a column, their letters too. */
    private boolean fits(int from, int to, Room room) {
        if (from >= to) {
            return true;
        }
        long above = room.atTopOfPage() ? pieces.get(from).reachAbove() : 0;
        return above + height(from, to) + pieces.get(to - 1).reachBelow() <= room.height();
    }

    /** The height of a column holding the pieces {@code [from, to)}. */
    private long height(int from, int to) {
        if (from >= to) {
            return 0;
        }
        Piece first = pieces.get(from);
        return before[to] - before[from] - first.droppedAtTop() + first.continuedLine();
    }

    /**
     * Whether a column that begins at piece {@code from} may end before piece {@code at}: not
     * after a piece kept with the next, and not inside an entry unless two of its sub-entries
     * stay on each side.
     */
    private boolean mayBreakBefore(int from, int at) {
        if (at >= pieces.size()) {
            return true;
        }
        if (pieces.get(at - 1).keepWithNext()) {
            return false;
        }
        if (!pieces.get(at).isSubEntry()) {
            return true;
        }
        // Sub-entries of one entry stand together: two in a row before or after are the same entry's.
        boolean twoBefore = at - 2 >= from && pieces.get(at - 1).isSubEntry() && pieces.get(at - 2).isSubEntry();
        boolean twoAfter = at + 1 < pieces.size() && pieces.get(at + 1).isSubEntry();
        return twoBefore && twoAfter;
    }

    /**
     * Where a column from {@code from} ends: after as many pieces as fit, at a place a column may
     * end; when nothing fits, after the fewest pieces that may stand alone (which overflow).
     */
    private int fill(int from, Room room) {
        if (from >= pieces.size()) {
            return from;
        }
        int end = -1;
        for (int to = from + 1; to <= pieces.size() && fits(from, to, room); to++) {
            if (mayBreakBefore(from, to)) {
                end = to;
            }
        }
        if (end > 0) {
            return end;
        }
        int to = from + 1;
        while (!mayBreakBefore(from, to)) {
            to++;
        }
        return to;
    }

    /**
     * The last page, when the pieces from {@code from} fit in two columns: split where the
     * columns come out most even, the left one the longer of two splits as even; else null.
     * Either column may be the longer by what the rules of breaking leave no way to move.
     */
    private Page balanced(int from, Room room) {
        int end = pieces.size();
        int best = -1;
        long bestDifference = Long.MAX_VALUE;
        for (int middle = from; middle <= end; middle++) {
            if (middle > from && middle < end && !mayBreakBefore(from, middle)) {
                continue;
            }
            if (!fits(from, middle, room)) {
                break;
            }
            long left = height(from, middle);
            long right = height(middle, end);
            if (!fits(middle, end, room)) {
                continue;
            }
            long difference = Math.abs(left - right);
            if (difference < bestDifference || difference == bestDifference && left >= right) {
                bestDifference = difference;
                best = middle;
            }
        }
        return best < 0 ? null : new Page(new Column(from, best), new Column(best, end));
    }
}
