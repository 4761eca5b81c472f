package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.handbook.model.AnchorId;
import org.handbook.model.Diagnostics;

/**
 * Makes numbered figures of the images that have a caption. As for tables, the caption is a
 * paragraph starting with {@code Figure:} right before the image, which stands in a paragraph of
 * its own:
 * <pre>
 * Figure: The route of a request for assistance
 *
 * ![From the requesting State to the central authority](../../images/route.svg)
 * </pre>
 * The figure shows the image with its caption below it, as books do; it gets an anchor made from
 * its caption ({@code figure-the-route-of-...}), or the one written at the caption's end.
 */
final class FigureCaptions {

    private static final String PREFIX = "Figure:";

    private FigureCaptions() {
    }

    /** @param slugs the page's anchors so far, so that a figure's anchor never repeats a heading's or a table's */
    static List<CaptionedFigure> wrap(Node document, SourceLocator locator, HeadingSlugs slugs, Diagnostics diagnostics) {
        List<CaptionedFigure> figures = new ArrayList<>();
        for (Paragraph caption : CaptionParagraphs.find(document, PREFIX)) {
            if (!(caption.getNext() instanceof Paragraph image) || !holdsOneImage(image)) {
                diagnostics.warning(locator.of(caption), "HB-FIGURE-CAPTION", "this figure caption has no image right after it",
                        "put the 'Figure:' line directly above the image, with one blank line between them,"
                                + " and the image in a paragraph of its own");
                continue;
            }
            CaptionParagraphs.dropPrefix(caption, PREFIX);
            String id = ChosenIds.anchor(caption, "figure ", slugs, locator.of(caption), diagnostics);
            figures.add(new CaptionedFigure(new AnchorId(id), PlainText.of(caption), locator.of(caption)));
            FigureBlock figure = new FigureBlock("figure", id);
            FigureCaption captionNode = new FigureCaption(CaptionedFigure.marker(figures.size()));
            caption.insertBefore(figure);
            FigureBlock.moveChildren(image, figure);
            FigureBlock.moveChildren(caption, captionNode);
            figure.appendChild(captionNode);
            caption.unlink();
            image.unlink();
        }
        return figures;
    }

    /** One image, and at most the attributes written after it ({@code {width=50%}}). */
    private static boolean holdsOneImage(Paragraph paragraph) {
        int images = 0;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image) {
                images++;
            } else if (!(child instanceof Text text && (text.getLiteral().isBlank() || text.getLiteral().startsWith("{")))) {
                return false;
            }
        }
        return images == 1;
    }
}
