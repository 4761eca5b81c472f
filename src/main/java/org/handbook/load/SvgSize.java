package org.handbook.load;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size an SVG drawing states: its {@code width} and {@code height} in absolute units, or else
 * those of its {@code viewBox}, which a browser shows at that many pixels. Null when it states
 * neither (a drawing sized only in percentages).
 */
final class SvgSize {

    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(px|pt|pc|mm|cm|in)?\\s*");
    /** CSS pixels in one unit: 96 to the inch. */
    private static final Map<String, Double> PIXELS = Map.of("px", 1.0, "pt", 96 / 72.0, "pc", 16.0, "mm", 96 / 25.4,
            "cm", 96 / 2.54, "in", 96.0);
    private static final int LARGEST = 100_000;

    private SvgSize() {
    }

    static ImageSize of(String width, String height, String viewBox) {
        double w = pixels(width);
        double h = pixels(height);
        if (w > 0 && h > 0) {
            return size(w, h);
        }
        if (viewBox != null) {
            String[] box = viewBox.trim().split("[\\s,]+");
            if (box.length == 4) {
                try {
                    double boxWidth = Double.parseDouble(box[2]);
                    double boxHeight = Double.parseDouble(box[3]);
                    // One stated length keeps its place; the other follows the drawing's proportions.
                    if (w > 0 && boxWidth > 0) {
                        return size(w, w * boxHeight / boxWidth);
                    }
                    if (h > 0 && boxHeight > 0) {
                        return size(h * boxWidth / boxHeight, h);
                    }
                    return size(boxWidth, boxHeight);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static double pixels(String length) {
        if (length == null) {
            return -1;
        }
        Matcher matcher = LENGTH.matcher(length);
        if (!matcher.matches()) {
            return -1;
        }
        String unit = matcher.group(2) == null ? "px" : matcher.group(2).toLowerCase(Locale.ROOT);
        return Double.parseDouble(matcher.group(1)) * PIXELS.get(unit);
    }

    private static ImageSize size(double width, double height) {
        long w = Math.round(width);
        long h = Math.round(height);
        return w < 1 || h < 1 || w > LARGEST || h > LARGEST ? null : new ImageSize((int) w, (int) h);
    }
}
