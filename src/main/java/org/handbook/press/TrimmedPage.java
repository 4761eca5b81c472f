package org.handbook.press;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.function.PDFunction;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.handbook.config.PressSettings;

/**
 * A page made ready for a press: its trim (where the guillotine cuts), its bleed around it, crop
 * marks beyond the bleed, and room for them. The page grows outwards, its origin moving below and
 * left of the trim, so that nothing that points into it (links, bookmarks, the tagged structure's
 * boxes) has to move.
 */
final class TrimmedPage {

    /** Marks start this far from the trim at least, so that with little bleed they still clear the cut. */
    private static final double MARK_OFFSET_MIN = 3 * PressSettings.POINTS_PER_MM;
    static final double MARK_LENGTH = 5 * PressSettings.POINTS_PER_MM;
    /** A hairline: thin enough not to show in a trimmed edge, thick enough to image on any plate. */
    private static final float MARK_WIDTH = 0.25f;
    private static final double SLUG = 1 * PressSettings.POINTS_PER_MM;

    private TrimmedPage() {
    }

    /** How far the marks start from the trim for {@code bleed}. */
    private static double markOffset(double bleed) {
        return Math.max(bleed, MARK_OFFSET_MIN);
    }

    /** How far the page reaches beyond the trim on every side for {@code bleed}: bleed, marks and a margin. */
    private static double reach(double bleed) {
        return markOffset(bleed) + MARK_LENGTH + SLUG;
    }

    /**
     * Sets the page's boxes around {@code trim} and draws crop marks at its corners, and fold
     * marks above and below it at each of {@code folds} (the spine's edges on a cover).
     */
    static void prepare(PDDocument document, PDPage page, PDRectangle trim, double bleed, List<Double> folds)
            throws IOException {
        double reach = reach(bleed);
        PDRectangle media = grown(trim, reach);
        page.setMediaBox(media);
        page.setCropBox(media);
        page.setBleedBox(grown(trim, bleed));
        page.setTrimBox(trim);
        page.getCOSObject().removeItem(COSName.ART_BOX);
        try (PDPageContentStream marks = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                true, true)) {
            // Printer's marks are no part of the text: a reader that reads the tagged structure skips them.
            marks.beginMarkedContent(COSName.ARTIFACT);
            marks.setStrokingColor(new PDColor(new float[] {1}, registration()));
            marks.setLineWidth(MARK_WIDTH);
            double near = markOffset(bleed);
            double far = near + MARK_LENGTH;
            float left = trim.getLowerLeftX();
            float right = trim.getUpperRightX();
            float bottom = trim.getLowerLeftY();
            float top = trim.getUpperRightY();
            for (float x : new float[] {left, right}) {
                double outwards = x == left ? -1 : 1;
                for (float y : new float[] {bottom, top}) {
                    double upwards = y == bottom ? -1 : 1;
                    line(marks, x + outwards * near, y, x + outwards * far, y);
                    line(marks, x, y + upwards * near, x, y + upwards * far);
                }
            }
            for (double fold : folds) {
                line(marks, fold, bottom - near, fold, bottom - far);
                line(marks, fold, top + near, fold, top + far);
            }
            marks.endMarkedContent();
        }
    }

    private static void line(PDPageContentStream stream, double x1, double y1, double x2, double y2) throws IOException {
        stream.moveTo((float) x1, (float) y1);
        stream.lineTo((float) x2, (float) y2);
        stream.stroke();
    }

    private static PDRectangle grown(PDRectangle box, double by) {
        return new PDRectangle((float) (box.getLowerLeftX() - by), (float) (box.getLowerLeftY() - by),
                (float) (box.getWidth() + 2 * by), (float) (box.getHeight() + 2 * by));
    }

    /**
     * The registration colour, "All": marks print on every plate, so each separation can be
     * lined up and cut by them. Its alternate, grey, is what a proof or a screen shows.
     */
    private static PDSeparation registration() throws IOException {
        COSDictionary function = new COSDictionary();
        function.setInt(COSName.FUNCTION_TYPE, 2);
        function.setItem(COSName.DOMAIN, numbers(0, 1));
        function.setItem(COSName.C0, numbers(1));
        function.setItem(COSName.C1, numbers(0));
        function.setInt(COSName.N, 1);
        PDSeparation all = new PDSeparation();
        all.setColorantName("All");
        all.setAlternateColorSpace(PDDeviceGray.INSTANCE);
        all.setTintTransform(PDFunction.create(function));
        return all;
    }

    private static COSArray numbers(float... values) {
        COSArray array = new COSArray();
        for (float value : values) {
            array.add(new COSFloat(value));
        }
        return array;
    }
}
