package org.handbook.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of text on a PDF's pages as a printer measures them, in points from the page's top
 * left corner: where each line starts and ends, its baseline, and the size of its type.
 */
final class PrintedPageLines {

    /**
     * One line: the glyphs that share a baseline (a superscript is a line of its own).
     *
     * @param firstWordWidth the width of its first word, which a line above it had no room for when it is a full line
     */
    record Line(String text, float left, float right, float top, float baseline, float size, float firstWordWidth) {

        boolean isDigits() {
            return text.matches("\\d+");
        }
    }

    private PrintedPageLines() {
    }

    /** The lines of each page, top to bottom; an empty list for a page with no text. */
    static List<List<Line>> of(PDDocument document) throws IOException {
        List<List<Line>> pages = new ArrayList<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            List<TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition glyph) {
                    glyphs.add(glyph);
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(document);
            TreeMap<Integer, List<TextPosition>> byBaseline = new TreeMap<>();
            for (TextPosition glyph : glyphs) {
                byBaseline.computeIfAbsent(Math.round(glyph.getYDirAdj() * 2), key -> new ArrayList<>()).add(glyph);
            }
            pages.add(byBaseline.values().stream().map(PrintedPageLines::line).toList());
        }
        return pages;
    }

    private static Line line(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparing(TextPosition::getXDirAdj));
        StringBuilder text = new StringBuilder();
        float size = 0;
        float top = Float.MAX_VALUE;
        float firstWordEnd = -1;
        TextPosition previous = null;
        for (TextPosition glyph : sorted) {
            boolean space = glyph.getUnicode().isBlank();
            // The engine may leave the space between two words out and move the second one along instead.
            boolean gap = previous != null && glyph.getXDirAdj() - end(previous) > glyph.getFontSize() * 0.15f;
            if ((space || gap) && firstWordEnd < 0 && previous != null) {
                firstWordEnd = end(previous);
            }
            if (gap && !space && !previous.getUnicode().isBlank()) {
                text.append(' ');
            }
            text.append(glyph.getUnicode());
            size = Math.max(size, glyph.getFontSize());
            top = Math.min(top, glyph.getYDirAdj() - glyph.getHeightDir());
            previous = glyph;
        }
        float left = sorted.get(0).getXDirAdj();
        // The furthest end, not the last glyph's: a Thai mark drawn over the letter before it ends short of that letter.
        float right = (float) sorted.stream().mapToDouble(PrintedPageLines::end).max().orElseThrow();
        return new Line(text.toString().replaceAll("\\s+", " ").strip(), left, right, top,
                sorted.get(0).getYDirAdj(), size, (firstWordEnd < 0 ? right : firstWordEnd) - left);
    }

    private static float end(TextPosition glyph) {
        return glyph.getXDirAdj() + glyph.getWidthDirAdj();
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

    /**
     * The text block as the body text shows it, mirrored from one side of a spread to the other: its
     * left edge on right-hand (odd) and left-hand (even) pages, where lines of body text start; its
     * right edge on each, where the mirror image of the other side's left edge falls; its top, above
     * which only running heads have their baseline; and the lowest baseline of body text, below which
     * only folios stand.
     */
    record Block(float pageWidth, float rectoLeft, float versoLeft, float top, float lowestBaseline) {

        static Block of(List<List<Line>> pages, float pageWidth) {
            float body = bodySize(pages);
            List<Line> recto = new ArrayList<>();
            List<Line> verso = new ArrayList<>();
            float highest = Float.MAX_VALUE;
            float lowest = 0;
            // The cover, page 1, is laid out on its own terms.
            for (int page = 2; page <= pages.size(); page++) {
                for (Line line : pages.get(page - 1)) {
                    if (isBody(line, body)) {
                        (page % 2 == 1 ? recto : verso).add(line);
                        highest = Math.min(highest, line.baseline());
                        lowest = Math.max(lowest, line.baseline());
                    }
                }
            }
            // The first line of a page has its baseline about a line below the top of the block;
            // smaller type set at the very top (a table's header) has it lower still.
            return new Block(pageWidth, mode(recto.stream().map(Line::left).toList()),
                    mode(verso.stream().map(Line::left).toList()), highest - body, lowest);
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
    }

    /**
     * The full lines of body text: those set from the left edge of the text block that the next line
     * of their paragraph follows, one line space below, because its first word had no room left on them.
     */
    static List<Line> fullLines(List<List<Line>> pages, Block block) {
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
                boolean sameParagraph = Math.abs(line.left() - block.left(page)) < 1 && Math.abs(next.left() - line.left()) < 1
                        && Math.abs(next.baseline() - line.baseline() - leading) < 1;
                if (sameParagraph && line.right() + body / 4 + next.firstWordWidth() > block.right(page)) {
                    full.add(line);
                }
            }
        }
        return full;
    }

    /** Whether {@code line} is set in the body's type size. */
    static boolean isBody(Line line, float bodySize) {
        return Math.abs(line.size() - bodySize) < 0.1f;
    }
}
