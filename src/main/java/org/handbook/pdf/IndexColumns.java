package org.handbook.pdf;

import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.LineBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Sets the subject index in two columns a page. The engine's own columns ({@code column-count})
 * neither balance the last page nor keep a letter heading with the entry under it, and draw a
 * column's last line a second time when it ends on the foot of the page, making an extra page.
 * So the index is laid out once on its own, in a single column as wide as one of the two, to
 * measure each piece of it; then it is put together again page by page, each page a block of
 * two columns side by side that fits the page, filled as {@link IndexColumnBreaks} says. The
 * letter headings and lists stay what they were, so the PDF's tags read as the index does.
 *
 * <p>The template's index is a {@code .index-body} holding letter headings and lists of entries
 * ({@code ul > li}, the term in {@code data-term}), each entry's sub-entries in a list inside it;
 * its {@code data-continued} word follows an entry's term repeated at the top of a column
 * ("extradition (continued)").
 */
final class IndexColumns {

    private static final String BODY = ".index-body";
    /** Room kept free at the foot of each column, so its last line stays clear of the next page. */
    private static final int CLEARANCE = 20;
    private static final String PIECE = "index-piece-";
    private static final String SUB_ENTRIES = "-sub-entries";
    private static final String CONTINUED = "index-continued-";
    private static final String TOP = "index-columns-top";
    private static final String PAGE = "index-page-";
    /** About as many lines of the index as a page holds. */
    private static final int LINES_A_PAGE = 40;

    private enum Kind { HEADING, ENTRY, SUB_ENTRY }

    /** A piece of the index as the document holds it; {@code entry} is a sub-entry's entry. */
    private record Part(Kind kind, Element element, Element entry) {

        boolean hasSubEntries() {
            return kind == Kind.ENTRY && subEntries(element).isPresent();
        }
    }

    private IndexColumns() {
    }

    /** The index as the template gave it, before {@link #arrange} puts it in columns; empty when there is none. */
    static Optional<Element> unarranged(org.jsoup.nodes.Document html) {
        return Optional.ofNullable(html.selectFirst(BODY)).map(Element::clone);
    }

    /**
     * Puts the index in columns again, from {@code unarranged}, once its pages are written anew:
     * an entry whose pages grew by a figure may take another line, and columns measured without
     * it would no longer fit their page.
     */
    static void rearrange(org.jsoup.nodes.Document html, Element unarranged, Function<String, OptionalInt> printedPage,
                          PrintFonts fonts, EmbeddedResourcesOnly resources, int shortenedBy) {
        html.selectFirst(BODY).replaceWith(unarranged.clone());
        IndexLocators.number(html, printedPage);
        arrange(html, fonts, resources, shortenedBy);
    }

    /**
     * How much less room to give the index's columns than measured, after a layout in which a
     * page of them did not fit: measured on its own, the index may come out a little shorter than
     * it prints in the book, and a column that does not fit runs on to the next page beside an
     * empty one. A line or so at a time, as a column that ran on seems a whole page too tall.
     *
     * @return 0 when every page of columns fits its page
     */
    static int shortfall(org.jsoup.nodes.Document html, TrialLayout layout) {
        return Math.min(overflow(html, layout), layout.textHeight() / LINES_A_PAGE);
    }

    /** How far the tallest page of columns runs past the foot of its page, in layout units. */
    private static int overflow(org.jsoup.nodes.Document html, TrialLayout layout) {
        int overflow = 0;
        for (Element page : html.select(BODY + " > .index-page[id]")) {
            Optional<Box> box = layout.box(page.id());
            if (box.isPresent()) {
                int bottom = box.get().getAbsY() + box.get().getHeight();
                overflow = Math.max(overflow, bottom - layout.bottom(layout.page(box.get())));
            }
        }
        return overflow;
    }

    static void arrange(org.jsoup.nodes.Document html, PrintFonts fonts, EmbeddedResourcesOnly resources) {
        arrange(html, fonts, resources, 0);
    }

    /** @param shortenedBy how much less room than measured each page's columns are given */
    private static void arrange(org.jsoup.nodes.Document html, PrintFonts fonts, EmbeddedResourcesOnly resources,
                                int shortenedBy) {
        Element body = html.selectFirst(BODY);
        if (body == null || body.children().isEmpty()) {
            return;
        }
        String continued = body.attr("data-continued");
        List<Part> parts = parts(body);
        Alone alone = alone(html, continued);
        Optional<Measured> measured;
        try (TrialLayout trial = new TrialLayout(alone.document(), fonts, resources)) {
            measured = measure(trial, alone.parts());
        }
        if (measured.isEmpty()) {
            return;
        }
        List<IndexColumnBreaks.Page> pages = IndexColumnBreaks.pages(measured.get().pieces(),
                measured.get().firstPage() - shortenedBy, measured.get().page() - shortenedBy);
        body.empty();
        for (IndexColumnBreaks.Page page : pages) {
            Element block = body.appendElement("div").addClass("index-page").attr("id", PAGE + body.childrenSize());
            for (IndexColumnBreaks.Column column : List.of(page.left(), page.right())) {
                if (!column.isEmpty()) {
                    block.appendChild(column(parts, column, continued));
                }
            }
            block.appendElement("div").addClass("index-end");
        }
    }

    /** The pieces of an index, in order. */
    private static List<Part> parts(Element body) {
        List<Part> parts = new ArrayList<>();
        for (Element child : body.children()) {
            if (!child.is("ul")) {
                parts.add(new Part(Kind.HEADING, child, null));
                continue;
            }
            for (Element entry : child.children()) {
                parts.add(new Part(Kind.ENTRY, entry, null));
                subEntries(entry).ifPresent(list -> list.children()
                        .forEach(sub -> parts.add(new Part(Kind.SUB_ENTRY, sub, entry))));
            }
        }
        return parts;
    }

    private static Optional<Element> subEntries(Element entry) {
        return entry.children().stream().filter(child -> child.is("ul")).findFirst();
    }

    /** The index alone in a document, and its pieces there. */
    private record Alone(org.jsoup.nodes.Document document, List<Part> parts) {
    }

    /**
     * The index alone in a document of the same pages and styles, in one column; each piece
     * named and kept whole on its page, and the entries' repeated headings after them, so each
     * can be measured.
     */
    private static Alone alone(org.jsoup.nodes.Document html, String continued) {
        org.jsoup.nodes.Document alone = html.clone();
        alone.select("head bookmarks").remove();
        Element body = alone.selectFirst(BODY);
        Element part = body;
        while (part.parent() != null && part.parent() != alone.body()) {
            part = part.parent();
        }
        alone.body().empty();
        // On a page after another, as in the book: the engine sets a document's first page a
        // little differently, and the heading above the columns would come out shorter there.
        alone.body().appendElement("div");
        alone.body().appendChild(part);
        List<Part> parts = parts(body);
        Element rest = new Element("ul");
        for (int i = 0; i < parts.size(); i++) {
            Part piece = parts.get(i);
            piece.element().attr("id", PIECE + i).attr("style", "page-break-inside: avoid");
            if (piece.hasSubEntries()) {
                subEntries(piece.element()).orElseThrow().attr("id", PIECE + i + SUB_ENTRIES);
                rest.appendChild(continuedLine(piece.element(), continued).attr("id", CONTINUED + i));
            }
        }
        Element page = new Element("div").addClass("index-page").attr("id", TOP);
        Element column = page.appendElement("div").addClass("index-column").attr("style", "float: none");
        // So that no letter heading is the column's first child, which loses its space above.
        column.appendElement("div");
        for (Node node : new ArrayList<>(body.childNodes())) {
            column.appendChild(node);
        }
        column.appendChild(rest);
        body.appendChild(page);
        return new Alone(alone, parts);
    }

    private record Measured(List<IndexColumnBreaks.Piece> pieces, int firstPage, int page) {
    }

    /** The pieces' heights and the room for columns, or empty when a piece was not laid out. */
    private static Optional<Measured> measure(TrialLayout trial, List<Part> parts) {
        Optional<Box> top = trial.box(TOP);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        List<IndexColumnBreaks.Piece> pieces = new ArrayList<>();
        Lines repeated = Lines.NONE;
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            Optional<Box> found = trial.box(PIECE + i);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Box box = found.get();
            switch (part.kind()) {
                case HEADING -> {
                    Lines lines = Lines.of(box, null);
                    pieces.add(new IndexColumnBreaks.Piece(box.getHeight(), lines.top() - box.getAbsY(), true, 0,
                            lines.reachAbove(), lines.reachBelow()));
                }
                case ENTRY -> {
                    Box subEntries = trial.box(PIECE + i + SUB_ENTRIES).orElse(null);
                    repeated = trial.box(CONTINUED + i).map(line -> Lines.of(line, null)).orElse(Lines.NONE);
                    Lines lines = Lines.of(box, subEntries);
                    pieces.add(new IndexColumnBreaks.Piece(lines.height(), 0, part.hasSubEntries(), 0, lines.reachAbove(),
                            lines.reachBelow()));
                }
                case SUB_ENTRY -> {
                    Lines lines = Lines.of(box, null);
                    pieces.add(new IndexColumnBreaks.Piece(lines.height(), 0, false, Math.max(1, repeated.height()),
                            repeated.reachAbove(), lines.reachBelow()));
                }
            }
        }
        int firstPage = trial.bottom(trial.page(top.get())) - top.get().getAbsY();
        return Optional.of(new Measured(pieces, firstPage - CLEARANCE, trial.textHeight() - CLEARANCE));
    }

    /**
     * The lines of a piece as laid out: where the first begins, how tall they are together, and
     * how far the letters of the first and last reach beyond them, which the engine keeps on the
     * page (a line of Thai reaches well above and below its line box). An entry's height is its
     * lines', not its box's: a box that the trial layout put at the top of a page holds the space
     * its first line was moved down by there.
     */
    private record Lines(int top, int height, int reachAbove, int reachBelow) {

        static final Lines NONE = new Lines(0, 0, 0, 0);

        /** @param skipped a box inside whose lines are not the piece's own (its sub-entries), or null */
        static Lines of(Box box, Box skipped) {
            List<LineBox> lines = new ArrayList<>();
            collect(box, skipped, lines);
            if (lines.isEmpty()) {
                return new Lines(box.getAbsY(), box.getHeight(), 0, 0);
            }
            LineBox first = lines.get(0);
            LineBox last = lines.get(lines.size() - 1);
            int bottom = last.getAbsY() + last.getHeight();
            return new Lines(first.getAbsY(), bottom - first.getAbsY(), first.getAbsY() - first.getMinPaintingTop(),
                    last.getMaxPaintingBottom() - bottom);
        }

        private static void collect(Box box, Box skipped, List<LineBox> lines) {
            if (box == skipped) {
                return;
            }
            if (box instanceof LineBox line) {
                lines.add(line);
                return;
            }
            for (int i = 0; i < box.getChildCount(); i++) {
                collect(box.getChild(i), skipped, lines);
            }
        }
    }

    /** One column: copies of its pieces, in lists as the index had them. */
    private static Element column(List<Part> parts, IndexColumnBreaks.Column range, String continued) {
        Element column = new Element("div").addClass("index-column");
        Element list = null;
        Element subList = null;
        for (int i = range.from(); i < range.to(); i++) {
            Part part = parts.get(i);
            switch (part.kind()) {
                case HEADING -> {
                    column.appendChild(part.element().clone());
                    list = null;
                    subList = null;
                }
                case ENTRY -> {
                    if (list == null) {
                        list = copyOf(part.element().parent(), column);
                    }
                    Element entry = entryLines(part.element());
                    list.appendChild(entry);
                    subList = subEntries(part.element()).map(sub -> copyOf(sub, entry)).orElse(null);
                }
                case SUB_ENTRY -> {
                    if (subList == null) {
                        if (list == null) {
                            list = copyOf(part.entry().parent(), column);
                        }
                        Element repeated = continuedLine(part.entry(), continued);
                        list.appendChild(repeated);
                        subList = copyOf(part.element().parent(), repeated);
                    }
                    subList.appendChild(part.element().clone());
                }
            }
        }
        return column;
    }

    /** An empty copy of a list, put at the end of {@code parent}. */
    private static Element copyOf(Element list, Element parent) {
        Element copy = list.shallowClone();
        parent.appendChild(copy);
        return copy;
    }

    /** An entry's own lines, without its sub-entries. */
    private static Element entryLines(Element entry) {
        Element lines = entry.shallowClone();
        for (Node node : entry.childNodes()) {
            if (!(node instanceof Element element && element.is("ul"))) {
                lines.appendChild(node.clone());
            }
        }
        return lines;
    }

    /**
     * An entry's term repeated above the rest of its sub-entries: "extradition (continued)", the
     * parentheses in the italic too, as the engine may break a line between a parenthesis and an
     * element next to it.
     */
    private static Element continuedLine(Element entry, String continued) {
        Element line = entry.shallowClone().addClass("continued");
        line.removeAttr("id");
        line.removeAttr("style");
        if (continued.isEmpty()) {
            line.appendText(entry.attr("data-term"));
        } else {
            line.appendText(entry.attr("data-term") + " ");
            line.appendElement("em").addClass("index-continued").text("(" + continued + ")");
        }
        return line;
    }
}
