package org.handbook.pdf;

import java.util.ArrayList;
import java.util.List;
import org.handbook.pdf.PrintedPageLines.Line;

/**
 * Lines that start with what belongs at the end of the line before, read from the lines of a
 * printed book's pages: a footnote mark (a line of raised figures of its own, to PDFBox) with no
 * word before it on its line, or punctuation that closes the words before it.
 */
final class TrailingFaults {

    /** How far above its line's baseline a mark's may stand, in points: raised by 0.45 of its size, about 3 pt. */
    private static final float RAISED = 6f;

    private TrailingFaults() {
    }

    static List<String> linesStartingWithAMark(List<List<Line>> pages) {
        float body = PrintedTextBlock.bodySize(pages);
        List<String> faults = new ArrayList<>();
        for (int page = 0; page < pages.size(); page++) {
            List<Line> lines = pages.get(page);
            for (Line mark : lines) {
                if (!mark.isDigits() || mark.size() > body * 0.8f) {
                    continue;
                }
                List<Line> below = lines.stream().filter(line -> line != mark && line.size() > body * 0.8f
                        && line.baseline() > mark.baseline() && line.baseline() - mark.baseline() < RAISED).toList();
                boolean wordBefore = below.stream().anyMatch(line -> line.left() < mark.left());
                if (!below.isEmpty() && !wordBefore) {
                    faults.add("page " + (page + 1) + ": mark " + mark.text() + " starts the line “" + below.get(0).text() + "”");
                }
            }
        }
        return faults;
    }

    static List<String> linesStartingWithPunctuation(List<List<Line>> pages) {
        List<String> faults = new ArrayList<>();
        for (int page = 0; page < pages.size(); page++) {
            for (Line line : pages.get(page)) {
                if (line.text().matches("^[.,;:)\\]].*")) {
                    faults.add("page " + (page + 1) + ": “" + line.text() + "”");
                }
            }
        }
        return faults;
    }
}
