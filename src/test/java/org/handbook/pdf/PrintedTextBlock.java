package org.handbook.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.handbook.pdf.PrintedPageLines.Line;

/**
 * The text block of a printed book as its body text shows it, mirrored from one side of a spread
 * to the other: its left edge on right-hand (odd) and left-hand (even) pages, where lines of body
 * text start; its right edge on each, where the mirror image of the other side's left edge falls;
 * its top, above which only running heads have their baseline; and the lowest baseline of body
 * text, below which only folios stand.
 */
record PrintedTextBlock(float pageWidth, float rectoLeft, float versoLeft, float top, float lowestBaseline) {

    /** The block the lines of a book's pages show, the first page (the cover) aside. */
    static PrintedTextBlock of(List<List<Line>> pages, float pageWidth) {
        float body = bodySize(pages);
        // Each page's leftmost line of body text: a book of indented lists and forms has more
        // indented lines than lines at the edge, but nearly every page has one at the edge.
        List<Float> recto = new ArrayList<>();
        List<Float> verso = new ArrayList<>();
        float highest = Float.MAX_VALUE;
        float lowest = 0;
        // The cover, page 1, is laid out on its own terms.
        for (int page = 2; page <= pages.size(); page++) {
            float leftmost = Float.MAX_VALUE;
            for (Line line : pages.get(page - 1)) {
                if (isBody(line, body)) {
                    leftmost = Math.min(leftmost, line.left());
                    highest = Math.min(highest, line.baseline());
                    lowest = Math.max(lowest, line.baseline());
                }
            }
            if (leftmost < Float.MAX_VALUE) {
                (page % 2 == 1 ? recto : verso).add(leftmost);
            }
        }
        // The first line of a page has its baseline about a line below the top of the block;
        // smaller type set at the very top (a table's header) has it lower still.
        return new PrintedTextBlock(pageWidth, mode(recto), mode(verso), highest - body, lowest);
    }

    float left(int page) {
        return page % 2 == 1 ? rectoLeft : versoLeft;
    }

    float right(int page) {
        return pageWidth - (page % 2 == 1 ? versoLeft : rectoLeft);
    }

    float width() {
        return pageWidth - rectoLeft - versoLeft;
    }

    /** The lines of a page that stand above the text block: its running head. */
    List<Line> head(List<Line> page) {
        return page.stream().filter(line -> line.baseline() < top).toList();
    }

    /** The page's number, when its last line is one standing below the text block. */
    Optional<Line> folio(List<Line> page) {
        return page.isEmpty() ? Optional.empty() : Optional.of(page.get(page.size() - 1))
                .filter(line -> line.isDigits() && line.top() > lowestBaseline);
    }

    /**
     * The full lines of body text: those set from the left edge of the text block that the next line
     * of their paragraph follows, one line space below, because its first word had no room left on them.
     */
    List<Line> fullLines(List<List<Line>> pages) {
        float body = bodySize(pages);
        List<Float> steps = new ArrayList<>();
        for (List<Line> page : pages) {
            List<Line> lines = page.stream().filter(line -> isBody(line, body)).toList();
            for (int i = 0; i + 1 < lines.size(); i++) {
                steps.add(lines.get(i + 1).baseline() - lines.get(i).baseline());
            }
        }
        float leading = mode(steps);
        List<Line> full = new ArrayList<>();
        for (int page = 2; page <= pages.size(); page++) {
            List<Line> lines = pages.get(page - 1).stream().filter(line -> isBody(line, body)).toList();
            for (int i = 0; i + 1 < lines.size(); i++) {
                Line line = lines.get(i);
                Line next = lines.get(i + 1);
                boolean sameParagraph = Math.abs(line.left() - left(page)) < 1 && Math.abs(next.left() - line.left()) < 1
                        && Math.abs(next.baseline() - line.baseline() - leading) < 1;
                if (sameParagraph && line.right() + body / 4 + next.firstWordWidth() > right(page)) {
                    full.add(line);
                }
            }
        }
        return full;
    }

    /** The type size most of the text is set in: the body text's. */
    static float bodySize(List<List<Line>> pages) {
        return mode(pages.stream().flatMap(List::stream).map(Line::size).toList());
    }

    /** The most frequent of {@code values}, to the half point. */
    static float mode(List<Float> values) {
        Map<Float, Long> counts = values.stream()
                .collect(Collectors.groupingBy(value -> Math.round(value * 2) / 2f, HashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow(() -> new AssertionError("no lines of text")).getKey();
    }

    /** Whether {@code line} is set in the body's type size. */
    static boolean isBody(Line line, float bodySize) {
        return Math.abs(line.size() - bodySize) < 0.1f;
    }
}
