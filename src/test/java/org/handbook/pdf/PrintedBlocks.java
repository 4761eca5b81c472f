package org.handbook.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a tagged PDF as its structure tree groups it: every block of text (a paragraph, a
 * heading, a list item's body, a table cell, a caption) with the lines it is printed on, page
 * by page, each line at its baseline. What belongs to which paragraph is read from the tags,
 * not guessed from the gaps between lines, which are what the tests measure.
 */
final class PrintedBlocks {

    /** Structure types that only mark a stretch of text inside a block. */
    private static final Set<String> INLINE = Set.of("Span", "Link", "Code", "Quote", "Reference", "BibEntry", "Em",
            "Strong", "Sub", "Sup");
    /** Glyphs further apart than this, in points, are on different lines: less than any leading, more than a raised mark. */
    private static final float LINE_GAP = 5f;

    /** One printed line: its page (0-based), its baseline in points from the top of the page, its glyphs left to right. */
    record Line(int page, float baseline, List<TextPosition> glyphs) {

        String text() {
            StringBuilder text = new StringBuilder();
            glyphs.forEach(glyph -> text.append(glyph.getUnicode()));
            return text.toString();
        }

        /** The size of the line's text: the size most of its glyphs are set in. */
        float size() {
            return mostCommon(glyphs.stream().map(PrintedBlocks::size).toList());
        }
    }

    /**
     * A block of text.
     *
     * @param type      its structure type: "P", "H2", "LBody", "TD"
     * @param element   its element in the structure tree
     * @param ancestors the elements it is in, outermost first
     * @param lines     its lines in the order they are printed
     */
    record Block(String type, PDStructureElement element, List<PDStructureElement> ancestors, List<Line> lines) {

        boolean isHeading() {
            return type.matches("H[1-6]?");
        }

        /** The nearest element around it of a structure type, such as "TR" or "L". */
        Optional<PDStructureElement> nearest(String structureType) {
            for (int i = ancestors.size() - 1; i >= 0; i--) {
                if (structureType.equals(ancestors.get(i).getStructureType())) {
                    return Optional.of(ancestors.get(i));
                }
            }
            return Optional.empty();
        }

        /** The language its tags give it (its own, or that of the nearest element around it that has one), empty if none. */
        String language() {
            if (element.getLanguage() != null) {
                return element.getLanguage();
            }
            for (int i = ancestors.size() - 1; i >= 0; i--) {
                if (ancestors.get(i).getLanguage() != null) {
                    return ancestors.get(i).getLanguage();
                }
            }
            return "";
        }

        boolean isIn(String structureType) {
            return nearest(structureType).isPresent();
        }

        int firstPage() {
            return lines.get(0).page();
        }

        int lastPage() {
            return lines.get(lines.size() - 1).page();
        }

        List<Line> linesOn(int page) {
            return lines.stream().filter(line -> line.page() == page).toList();
        }

        String text() {
            return String.join(" ", lines.stream().map(Line::text).toList());
        }
    }

    private PrintedBlocks() {
    }

    /** The blocks of text of {@code document}, in the order of its structure tree, which is the reading order. */
    static List<Block> read(PDDocument document) throws IOException {
        Map<COSDictionary, Integer> pageNumbers = new IdentityHashMap<>();
        List<Map<Integer, List<TextPosition>>> glyphsByMarkedContent = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            pageNumbers.put(page.getCOSObject(), pageNumbers.size());
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, List<TextPosition>> byId = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                collect(content, content.getMCID(), byId);
            }
            glyphsByMarkedContent.add(byId);
        }
        Walk walk = new Walk(pageNumbers, glyphsByMarkedContent);
        for (Object kid : document.getDocumentCatalog().getStructureTreeRoot().getKids()) {
            if (kid instanceof PDStructureElement element) {
                walk.element(element, null, new ArrayList<>(), null);
            }
        }
        return walk.blocks();
    }

    /** The glyphs of a marked-content sequence, with those of the sequences inside it that have no id of their own. */
    private static void collect(PDMarkedContent content, int id, Map<Integer, List<TextPosition>> byId) {
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition glyph && id >= 0) {
                byId.computeIfAbsent(id, key -> new ArrayList<>()).add(glyph);
            } else if (item instanceof PDMarkedContent inner) {
                collect(inner, inner.getMCID() >= 0 ? inner.getMCID() : id, byId);
            }
        }
    }

    /** The structure tree walked depth first, gathering each block's glyphs page by page. */
    private static final class Walk {

        /** Page numbers by the page's dictionary: PDFBox wraps the same page anew each time it is asked for. */
        private final Map<COSDictionary, Integer> pageNumbers;
        private final List<Map<Integer, List<TextPosition>>> glyphs;
        private final Map<Object, Gathered> gathered = new LinkedHashMap<>();

        private record Gathered(String type, PDStructureElement element, List<PDStructureElement> ancestors,
                                TreeMap<Integer, List<TextPosition>> glyphs) {
        }

        Walk(Map<COSDictionary, Integer> pageNumbers, List<Map<Integer, List<TextPosition>>> glyphs) {
            this.pageNumbers = pageNumbers;
            this.glyphs = glyphs;
        }

        /**
         * @param page  the page its marked content is on, unless it names another
         * @param block the block whose text it is part of, null outside any
         */
        void element(PDStructureElement element, PDPage page, List<PDStructureElement> path, Gathered block) {
            String type = element.getStructureType();
            PDPage own = element.getPage() != null ? element.getPage() : page;
            Gathered into = block;
            if (block == null || !INLINE.contains(type)) {
                // A block of text, or a container (a list, a table, a section) whose own text, if any, is set as one.
                into = new Gathered(type, element, List.copyOf(path), new TreeMap<>());
                gathered.put(element, into);
            }
            List<PDStructureElement> inside = new ArrayList<>(path);
            inside.add(element);
            for (Object kid : element.getKids()) {
                if (kid instanceof Integer id) {
                    add(into, own, id);
                } else if (kid instanceof PDMarkedContentReference reference) {
                    add(into, reference.getPage() != null ? reference.getPage() : own, reference.getMCID());
                } else if (kid instanceof PDStructureElement child) {
                    element(child, own, inside, into);
                }
            }
        }

        private void add(Gathered block, PDPage page, int id) {
            if (block == null || page == null) {
                return;
            }
            int number = pageNumbers.getOrDefault(page.getCOSObject(), -1);
            List<TextPosition> found = number < 0 ? null : glyphs.get(number).get(id);
            if (found != null) {
                block.glyphs().computeIfAbsent(number, key -> new ArrayList<>()).addAll(found);
            }
        }

        List<Block> blocks() {
            List<Block> blocks = new ArrayList<>();
            for (Gathered block : gathered.values()) {
                List<Line> lines = new ArrayList<>();
                block.glyphs().forEach((page, onPage) -> lines.addAll(lines(page, onPage)));
                if (!lines.isEmpty()) {
                    blocks.add(new Block(block.type(), block.element(), block.ancestors(), lines));
                }
            }
            return blocks;
        }
    }

    /**
     * A block's glyphs on one page, as lines. The glyphs of the block's own size are gathered
     * into lines by their heights; smaller ones (a footnote mark, a paragraph number) then join
     * the line nearest them, wherever the engine raised or lowered them.
     */
    private static List<Line> lines(int page, List<TextPosition> glyphs) {
        float size = mostCommon(glyphs.stream().map(PrintedBlocks::size).toList());
        List<TextPosition> full = new ArrayList<>(glyphs.stream().filter(glyph -> size(glyph) >= size * 0.9f).toList());
        full.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<List<TextPosition>> rows = new ArrayList<>();
        float previous = Float.NaN;
        for (TextPosition glyph : full) {
            if (rows.isEmpty() || glyph.getYDirAdj() - previous > LINE_GAP) {
                rows.add(new ArrayList<>());
            }
            rows.get(rows.size() - 1).add(glyph);
            previous = glyph.getYDirAdj();
        }
        List<Float> baselines = rows.stream().map(PrintedBlocks::baseline).toList();
        for (TextPosition glyph : glyphs) {
            if (size(glyph) < size * 0.9f) {
                int nearest = 0;
                for (int i = 1; i < baselines.size(); i++) {
                    if (Math.abs(baselines.get(i) - glyph.getYDirAdj()) < Math.abs(baselines.get(nearest) - glyph.getYDirAdj())) {
                        nearest = i;
                    }
                }
                rows.get(nearest).add(glyph);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<TextPosition> leftToRight = new ArrayList<>(rows.get(i));
            leftToRight.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            lines.add(new Line(page, baselines.get(i), List.copyOf(leftToRight)));
        }
        return lines;
    }

    /** Where most of a line's glyphs stand: a raised mark does not move it. */
    private static float baseline(List<TextPosition> glyphs) {
        return mostCommon(glyphs.stream().map(glyph -> Math.round(glyph.getYDirAdj() * 20) / 20f).toList());
    }

    private static float size(TextPosition glyph) {
        return Math.round(glyph.getFontSize() * 10) / 10f;
    }

    static float mostCommon(List<Float> values) {
        Map<Float, Integer> counts = new HashMap<>();
        values.forEach(value -> counts.merge(value, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }
}
