package org.handbook.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.handbook.pdf.PrintedBlocks.Block;
import org.handbook.pdf.PrintedBlocks.Line;

/**
 * What a book designer would mark on a proof, read from the blocks of a printed book: uneven
 * leading, a table row cut by a page break, a heading at the foot of a page, a line of a
 * paragraph left alone at the foot or the head of a page, a list item on its own. Each fault is
 * one sentence naming the page and the text, so that a failing test says where to look.
 */
final class PrintedFaults {

    /** Blocks of running text whose lines follow one another at the leading. */
    private static final Set<String> RUNNING_TEXT = Set.of("P", "LBody", "TD", "TH", "BlockQuote", "Note");
    /** How far one baseline-to-baseline distance may stray from the block's own, in points. */
    static final float LEADING_TOLERANCE = 0.5f;
    /** How far a cell's text may reach past the furthest line of a paragraph: a ragged line falls a little short of the measure. */
    private static final float MEASURE_TOLERANCE = 4f;

    private PrintedFaults() {
    }

    /**
     * Paragraphs (and list items, table cells) with two lines further apart or closer together
     * than the book sets text of their size and language: whatever a line holds (a footnote mark,
     * a subscript, stacked marks), the distance from its baseline to the next one's is the same.
     */
    static List<String> unevenLeading(List<Block> blocks) {
        Set<PDStructureElement> holdingOthers = holdingOtherBlocks(blocks);
        List<Block> measured = blocks.stream()
                .filter(block -> RUNNING_TEXT.contains(block.type()) && !holdingOthers.contains(block.element()))
                .toList();
        Map<String, List<Float>> byKind = new LinkedHashMap<>();
        measured.forEach(block -> byKind.computeIfAbsent(kind(block), key -> new ArrayList<>()).addAll(distances(block)));
        List<String> faults = new ArrayList<>();
        for (Block block : measured) {
            List<Float> distances = distances(block);
            if (distances.isEmpty()) {
                continue;
            }
            float usual = median(byKind.get(kind(block)));
            if (distances.stream().anyMatch(distance -> Math.abs(distance - usual) > LEADING_TOLERANCE)) {
                faults.add(String.format(Locale.ROOT, "page %d: the lines of the %s “%s” are %s pt apart, not %.2f pt",
                        block.firstPage() + 1, block.type(), excerpt(block.text()), String.join(", ",
                                distances.stream().map(distance -> String.format(Locale.ROOT, "%.2f", distance)).toList()),
                        usual));
            }
        }
        return faults;
    }

    /**
     * Text of one size in one language and one kind of block, which the book sets at one leading:
     * "10.5 th P". The kind of block counts because a book may set, say, its index entries (list
     * bodies) tighter than table cells of the same size.
     */
    private static String kind(Block block) {
        return PrintedBlocks.mostCommon(block.lines().stream().map(Line::size).toList()) + " " + block.language()
                + " " + block.type();
    }

    /**
     * Consecutive lines of a paragraph whose ink comes closer than {@code clearance} points: the
     * marks stacked below one line's letters against those stacked above the next one's.
     */
    static List<String> linesTooClose(List<Block> blocks, float clearance) {
        List<String> faults = new ArrayList<>();
        for (Block block : blocks) {
            if (!RUNNING_TEXT.contains(block.type())) {
                continue;
            }
            for (int i = 0; i < block.lines().size() - 1; i++) {
                Line line = block.lines().get(i);
                Line next = block.lines().get(i + 1);
                if (line.page() != next.page()) {
                    continue;
                }
                float gap = Ink.top(next) - Ink.bottom(line);
                if (gap < clearance) {
                    faults.add(String.format(Locale.ROOT, "page %d: the ink of “%s” comes within %.2f pt of the line below",
                            line.page() + 1, excerpt(line.text()), gap));
                }
            }
        }
        return faults;
    }

    /** The baseline-to-baseline distances between a block's lines that are on the same page. */
    static List<Float> distances(Block block) {
        List<Float> distances = new ArrayList<>();
        for (int i = 0; i < block.lines().size() - 1; i++) {
            Line line = block.lines().get(i);
            Line next = block.lines().get(i + 1);
            if (line.page() == next.page()) {
                distances.add(next.baseline() - line.baseline());
            }
        }
        return distances;
    }

    /** Table rows (outside the header, which is repeated on purpose) printed partly on one page and partly on the next. */
    static List<String> rowsAcrossPages(List<Block> blocks) {
        Map<PDStructureElement, List<Block>> rows = new IdentityHashMap<>();
        for (Block block : blocks) {
            if (!block.isIn("THead")) {
                block.nearest("TR").ifPresent(row -> rows.computeIfAbsent(row, key -> new ArrayList<>()).add(block));
            }
        }
        List<String> faults = new ArrayList<>();
        for (List<Block> cells : rows.values()) {
            Set<Integer> pages = new TreeSet<>();
            cells.forEach(cell -> cell.lines().forEach(line -> pages.add(line.page() + 1)));
            if (pages.size() > 1) {
                faults.add("the row “" + excerpt(cells.get(0).text()) + "” is printed on pages " + pages);
            }
        }
        return faults;
    }

    /**
     * Tables whose caption or header row is printed at the foot of a page and their first row
     * only on the next: a table starts where its first row is.
     */
    static List<String> tablesStartingWithoutARow(List<Block> blocks) {
        List<String> faults = new ArrayList<>();
        Set<PDStructureElement> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < blocks.size(); i++) {
            PDStructureElement table = blocks.get(i).nearest("Table").orElse(null);
            if (table == null || !seen.add(table)) {
                continue;
            }
            Block caption = i > 0 && Set.of("Div", "Caption").contains(blocks.get(i - 1).type()) ? blocks.get(i - 1) : null;
            Block head = blocks.get(i);
            Block firstRow = blocks.subList(i, blocks.size()).stream()
                    .filter(block -> block.nearest("Table").orElse(null) == table && !block.isIn("THead"))
                    .findFirst().orElse(null);
            if (firstRow == null) {
                continue;
            }
            int rowPage = firstRow.firstPage();
            if (head.firstPage() != rowPage || caption != null && caption.lastPage() != rowPage) {
                Block alone = caption != null ? caption : head;
                faults.add("page " + (alone.lastPage() + 1) + " ends with the start of the table “" + excerpt(alone.text())
                        + "”, whose first row is on page " + (rowPage + 1));
            }
        }
        return faults;
    }

    /**
     * Table cells whose text runs past the right edge of the measure, taken as the furthest any
     * paragraph reaches on pages of the same hand (left and right pages have their own margins).
     */
    static List<String> cellsPastTheMeasure(List<Block> blocks) {
        Map<Integer, Float> measure = new LinkedHashMap<>();
        for (Block block : blocks) {
            if (block.type().equals("P")) {
                block.lines().forEach(line -> measure.merge(line.page() % 2, right(line), Math::max));
            }
        }
        List<String> faults = new ArrayList<>();
        for (Block block : blocks) {
            if (!block.type().equals("TD") && !block.type().equals("TH")) {
                continue;
            }
            for (Line line : block.lines()) {
                Float edge = measure.get(line.page() % 2);
                if (edge != null && right(line) > edge + MEASURE_TOLERANCE) {
                    faults.add(String.format(Locale.ROOT, "page %d: “%s” ends %.1f pt past the right edge of the text",
                            line.page() + 1, excerpt(line.text()), right(line) - edge));
                }
            }
        }
        return faults;
    }

    /**
     * A table's header cells are drawn again on each page it runs onto, so their text is on more
     * pages than one: what a heading keeps with it is the header and the table's first row.
     */
    private static boolean firstRowKeptWith(List<Block> table, int page) {
        return table.stream().filter(block -> !block.type().equals("TH")).findFirst()
                .filter(cell -> !cell.linesOn(page).isEmpty()).isPresent();
    }

    private static float right(Line line) {
        float right = Float.NEGATIVE_INFINITY;
        for (var glyph : line.glyphs()) {
            right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
        }
        return right;
    }

    /**
     * Headings that end a page, or are followed on their page by fewer than two lines of what
     * comes after them (or by less than all of it, when it is shorter).
     */
    static List<String> headingsNotKeptWithText(List<Block> blocks) {
        List<String> faults = new ArrayList<>();
        for (int i = 0; i < blocks.size() - 1; i++) {
            Block heading = blocks.get(i);
            if (!heading.isHeading()) {
                continue;
            }
            Block next = blocks.get(i + 1);
            int page = heading.lastPage();
            if (next.type().equals("TH") && firstRowKeptWith(blocks.subList(i + 1, blocks.size()), page)) {
                continue;
            }
            int following = next.linesOn(page).size();
            if (following < Math.min(2, next.lines().size())) {
                faults.add("page " + (page + 1) + ": the heading “" + excerpt(heading.text()) + "” is followed there by "
                        + following + " line(s) of “" + excerpt(next.text()) + "”");
            }
        }
        return faults;
    }

    /** Pages whose last line of text is a heading's. */
    static List<String> pagesEndingWithAHeading(List<Block> blocks) {
        Map<Integer, Block> lastOnPage = new LinkedHashMap<>();
        Map<Integer, Float> lowest = new LinkedHashMap<>();
        for (Block block : blocks) {
            for (Line line : block.lines()) {
                if (line.baseline() > lowest.getOrDefault(line.page(), Float.NEGATIVE_INFINITY)) {
                    lowest.put(line.page(), line.baseline());
                    lastOnPage.put(line.page(), block);
                }
            }
        }
        List<String> faults = new ArrayList<>();
        lastOnPage.forEach((page, block) -> {
            if (block.isHeading()) {
                faults.add("page " + (page + 1) + " ends with the heading “" + excerpt(block.text()) + "”");
            }
        });
        return faults;
    }

    /** Paragraphs and list items broken across pages with a single line on either side of the break. */
    static List<String> orphansAndWidows(List<Block> blocks) {
        List<String> faults = new ArrayList<>();
        for (Block block : blocks) {
            if (!block.type().equals("P") && !block.type().equals("LBody") || block.firstPage() == block.lastPage()) {
                continue;
            }
            int foot = block.linesOn(block.firstPage()).size();
            int head = block.linesOn(block.lastPage()).size();
            if (foot < 2) {
                faults.add("page " + (block.firstPage() + 1) + " ends with a single line of “" + excerpt(block.text()) + "”");
            }
            if (head < 2) {
                faults.add("page " + (block.lastPage() + 1) + " starts with the single last line of “"
                        + excerpt(block.text()) + "”");
            }
        }
        return faults;
    }

    /**
     * Lists broken across pages so that one item stands alone: the last item at the head of a
     * page, or the first at the foot, while the rest of the list is on the other page.
     */
    static List<String> listItemsAlone(List<Block> blocks) {
        Map<PDStructureElement, Map<PDStructureElement, List<Line>>> lists = new IdentityHashMap<>();
        for (Block block : blocks) {
            if (block.type().equals("Lbl")) {
                continue;
            }
            // A block belongs to every item around it: an index entry's lines include its subentries'.
            List<PDStructureElement> around = block.ancestors();
            for (int i = 0; i < around.size(); i++) {
                if (!around.get(i).getStructureType().equals("LI")) {
                    continue;
                }
                PDStructureElement item = around.get(i);
                for (int j = i - 1; j >= 0; j--) {
                    if (around.get(j).getStructureType().equals("L")) {
                        lists.computeIfAbsent(around.get(j), key -> new LinkedHashMap<>())
                                .computeIfAbsent(item, key -> new ArrayList<>()).addAll(block.lines());
                        break;
                    }
                }
            }
        }
        List<String> faults = new ArrayList<>();
        for (Map<PDStructureElement, List<Line>> items : lists.values()) {
            List<List<Line>> lines = List.copyOf(items.values());
            int first = lines.get(0).get(0).page();
            List<Line> lastItem = lines.get(lines.size() - 1);
            int last = lastItem.get(lastItem.size() - 1).page();
            if (lines.size() < 2 || first == last) {
                continue;
            }
            if (aloneOn(last, lines)) {
                faults.add("page " + (last + 1) + " starts with the last item of a list alone: “" + excerpt(text(lastItem)) + "”");
            }
            if (aloneOn(first, lines)) {
                faults.add("page " + (first + 1) + " ends with the first item of a list alone: “" + excerpt(text(lines.get(0))) + "”");
            }
        }
        return faults;
    }

    /** Short paragraphs introducing a list ("Check these points:") printed on one page, the list's first item on the next. */
    static List<String> leadInsParted(List<Block> blocks) {
        List<String> faults = new ArrayList<>();
        for (int i = 0; i < blocks.size() - 1; i++) {
            Block paragraph = blocks.get(i);
            String text = paragraph.text().strip();
            if (!paragraph.type().equals("P") || !text.endsWith(":") || text.length() > 200) {
                continue;
            }
            blocks.subList(i + 1, blocks.size()).stream().filter(block -> !block.type().equals("Lbl")).findFirst()
                    .filter(next -> next.type().equals("LBody") && next.firstPage() != paragraph.lastPage())
                    .ifPresent(item -> faults.add("page " + (paragraph.lastPage() + 1) + " ends with “" + excerpt(text)
                            + "”, the list it introduces starts on page " + (item.firstPage() + 1)));
        }
        return faults;
    }

    /** Whether a single item of the list has lines on {@code page}, and all of its lines are there. */
    private static boolean aloneOn(int page, List<List<Line>> items) {
        List<List<Line>> there = items.stream().filter(item -> item.stream().anyMatch(line -> line.page() == page)).toList();
        return there.size() == 1 && there.get(0).stream().allMatch(line -> line.page() == page);
    }

    /** The blocks that have other blocks inside them (a cell holding a list): their own lines are not consecutive. */
    private static Set<PDStructureElement> holdingOtherBlocks(List<Block> blocks) {
        Set<PDStructureElement> holding = Collections.newSetFromMap(new IdentityHashMap<>());
        blocks.forEach(block -> holding.addAll(block.ancestors()));
        return holding;
    }

    private static String text(List<Line> lines) {
        return String.join(" ", lines.stream().map(Line::text).toList());
    }

    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "…";
    }

    static float median(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
