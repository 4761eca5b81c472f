package org.handbook.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import com.openhtmltopdf.render.RenderingContext;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.handbook.pdf.shape.DrawnGlyphs;

/**
 * A print document laid out but not printed, to learn where its boxes fall: the page a chapter
 * would start on, the page an index mark stands on, how tall a line of the index is. Positions
 * are in the engine's layout units, in which the pages' text areas follow one another without
 * gaps: page {@code n} spans {@code [top(n), bottom(n))}.
 */
final class TrialLayout implements AutoCloseable {

    private final PdfBoxRenderer renderer;
    private final boolean owned;

    TrialLayout(org.jsoup.nodes.Document html, PrintFonts fonts, EmbeddedResourcesOnly resources) {
        renderer = PdfWriter.renderer(PdfWriter.builder(html, fonts, resources), fonts, new DrawnGlyphs());
        renderer.layout();
        owned = true;
    }

    private TrialLayout(PdfBoxRenderer laidOut) {
        renderer = laidOut;
        owned = false;
    }

    /** A look at the layout that is about to print, which stays open for printing when this is closed. */
    static TrialLayout of(PdfBoxRenderer laidOut) {
        return new TrialLayout(laidOut);
    }

    /** The box of the element with this id, if it was laid out. */
    Optional<Box> box(String id) {
        return Optional.ofNullable(renderer.getSharedContext().getIdMap()).map(boxes -> boxes.get(id));
    }

    /** The 0-based page a box starts on: the page whose span holds its top. */
    int page(Box box) {
        List<PageBox> pages = pages();
        for (PageBox page : pages) {
            if (box.getAbsY() >= page.getTop() && box.getAbsY() < page.getBottom()) {
                return page.getPageNo();
            }
        }
        return pages.size() - 1;
    }

    /**
     * The number the page a box starts on prints as: the page's place in the book, or in its
     * page sequence when the template restarts the numbers ({@code -fs-page-sequence}), as the
     * engine's own {@code target-counter(…, page)} counts.
     */
    int number(Box box) {
        RenderingContext context = new RenderingContext(renderer.getSharedContext());
        return renderer.getRootBox().getLayer().getRelativePageNo(context, box.getAbsY()) + 1;
    }

    /** The number the page the element with this id starts on prints as, if it was laid out. */
    OptionalInt printedPage(String id) {
        return box(id).map(box -> OptionalInt.of(number(box))).orElse(OptionalInt.empty());
    }

    /** Where the text area of a 0-based page ends. */
    int bottom(int page) {
        return pages().get(page).getBottom();
    }

    /** The height of a page's text area; every page of a print document has the same. */
    int textHeight() {
        PageBox first = pages().get(0);
        return first.getBottom() - first.getTop();
    }

    private List<PageBox> pages() {
        return renderer.getRootBox().getLayer().getPages();
    }

    @Override
    public void close() {
        if (owned) {
            renderer.close();
        }
    }
}
