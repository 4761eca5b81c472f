package org.handbook.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The subject index's columns as printed: for each page from the index's opening to the end of
 * the book, the lines of its left and right columns, top to bottom, told apart by where they start
 * across the page. The running head and the folio are not lines of a column.
 */
final class PrintedIndexColumns {

    /** One page of the index: its columns' lines. */
    record Page(int number, List<String> left, List<String> right) {
    }

    private PrintedIndexColumns() {
    }

    /** @param title the index's title, the first line of its opening page */
    static List<Page> of(PDDocument document, String title) throws IOException {
        List<Page> pages = new ArrayList<>();
        boolean inIndex = false;
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            List<Line> lines = lines(document, page);
            if (!inIndex && !lines.isEmpty() && lines.get(0).text().equals(title)) {
                inIndex = true;
            }
            if (!inIndex) {
                continue;
            }
            float top = lines.stream().map(Line::y).min(Float::compare).orElse(0f);
            float bottom = lines.stream().map(Line::y).max(Float::compare).orElse(0f);
            float middle = (float) document.getPage(page - 1).getMediaBox().getWidth() / 2;
            List<String> left = new ArrayList<>();
            List<String> right = new ArrayList<>();
            for (Line line : lines) {
                // The running head is the page's first line, the folio its last.
                if (line.y() == top && !line.text().equals(title) || line.y() == bottom || line.text().equals(title)) {
                    continue;
                }
                (line.x() < middle - 20 ? left : right).add(line.text());
            }
            pages.add(new Page(page, left, right));
        }
        return pages;
    }

    private record Line(float x, float y, String text) {
    }

    private static List<Line> lines(PDDocument document, int page) throws IOException {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> glyphs) {
                if (!text.isBlank()) {
                    lines.add(new Line(glyphs.get(0).getXDirAdj(), glyphs.get(0).getYDirAdj(), text.strip()));
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return lines;
    }
}
