package org.handbook.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pages an index entry's marks stand on, as an index prints them: in ascending order, each
 * page once however many marks stand on it, and a run of consecutive pages as one range
 * ("31–33", with an en dash, the numbers in full).
 */
final class PageRanges {

    /** One locator: a page, or a range of pages, and the mark it leads to (the first on its first page). */
    record Range(int first, int last, String anchor) {

        String text() {
            return first == last ? Integer.toString(first) : first + "\u2013" + last;
        }
    }

    /** A mark and the page it stands on. */
    record Mark(String anchor, int page) {
    }

    private PageRanges() {
    }

    /** @param marks in the order of the text, so a page leads to the first of its marks */
    static List<Range> of(List<Mark> marks) {
        TreeMap<Integer, String> firstOnPage = new TreeMap<>();
        for (Mark mark : marks) {
            firstOnPage.putIfAbsent(mark.page(), mark.anchor());
        }
        List<Range> ranges = new ArrayList<>();
        Range open = null;
        for (Map.Entry<Integer, String> page : firstOnPage.entrySet()) {
            if (open != null && page.getKey() == open.last() + 1) {
                open = new Range(open.first(), page.getKey(), open.anchor());
            } else {
                if (open != null) {
                    ranges.add(open);
                }
                open = new Range(page.getKey(), page.getKey(), page.getValue());
            }
        }
        if (open != null) {
            ranges.add(open);
        }
        return ranges;
    }
}
