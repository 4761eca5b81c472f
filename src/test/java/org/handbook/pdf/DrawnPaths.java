package org.handbook.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * What a page draws besides text: the bounds of the lines and shapes it paints, in points from the
 * top left of the page as text positions are, and how many images it paints.
 */
final class DrawnPaths extends PDFGraphicsStreamEngine {

    private final float pageHeight;
    private Rectangle2D pending;
    private Rectangle2D painted;
    private int images;
    private Point2D current = new Point2D.Float();

    private DrawnPaths(PDPage page) {
        super(page);
        pageHeight = page.getMediaBox().getHeight();
    }

    static DrawnPaths of(PDPage page) throws IOException {
        DrawnPaths paths = new DrawnPaths(page);
        paths.processPage(page);
        return paths;
    }

    /** The bounds of everything painted but text, null when nothing is. */
    Rectangle2D painted() {
        return painted;
    }

    int images() {
        return images;
    }

    private void add(Point2D point) {
        // Device space runs up the page; text positions run down it.
        Point2D down = new Point2D.Double(point.getX(), pageHeight - point.getY());
        if (pending == null) {
            pending = new Rectangle2D.Double(down.getX(), down.getY(), 0, 0);
        } else {
            pending.add(down);
        }
        current = point;
    }

    private void paint() {
        if (pending != null) {
            if (painted == null) {
                painted = pending;
            } else {
                painted.add(pending);
            }
        }
        pending = null;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        add(p0);
        add(p1);
        add(p2);
        add(p3);
    }

    @Override
    public void drawImage(PDImage image) {
        images++;
    }

    @Override
    public void clip(int windingRule) {
        // A clip paints nothing; its path is not kept for the next paint.
        pending = null;
    }

    @Override
    public void moveTo(float x, float y) {
        add(new Point2D.Float(x, y));
    }

    @Override
    public void lineTo(float x, float y) {
        add(new Point2D.Float(x, y));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        add(new Point2D.Float(x3, y3));
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
        pending = null;
    }

    @Override
    public void strokePath() {
        paint();
    }

    @Override
    public void fillPath(int windingRule) {
        paint();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        paint();
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
