package org.handbook.press;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.handbook.config.PressSettings;
import org.jsoup.nodes.Entities;

/**
 * The cover as one sheet, laid out flat: back, spine and front side by side, with bleed all
 * round, as a print document the book's engine lays out. The background runs into the bleed; the
 * text keeps a margin inside the trim; the barcode sits on white at the foot of the back.
 */
final class CoverSheet {

    /** How far text keeps from the trimmed edges, so that a cut a little off does not touch it. */
    static final double SAFE_MARGIN = 15 * PressSettings.POINTS_PER_MM;
    /** Below this a spine is too thin to print on: a binder's spine text must sit inside the fold. */
    static final double NARROWEST_LETTERED_SPINE = 3 * PressSettings.POINTS_PER_MM;
    /** The largest and the smallest type the spine's title is set in: smaller than 6 pt nobody reads it on a shelf. */
    private static final double LARGEST_SPINE_TYPE = 11;
    private static final double SMALLEST_SPINE_TYPE = 6;
    /** An EAN-13 module at its nominal size. */
    static final double MODULE = 0.33 * PressSettings.POINTS_PER_MM;
    private static final double BAR_HEIGHT = 20 * PressSettings.POINTS_PER_MM;
    private static final double GUARD_EXTRA = 5 * MODULE;
    private static final double BARCODE_PADDING = 2 * PressSettings.POINTS_PER_MM;
    private static final double BARCODE_CAPTION = 4 * PressSettings.POINTS_PER_MM;
    /** The figures under the bars, in the space between the guards' longer bars. */
    private static final double FIGURES_GAP = 0.3 * PressSettings.POINTS_PER_MM;
    private static final double FIGURES_HEIGHT = 3.2 * PressSettings.POINTS_PER_MM;
    private static final String NEUTRAL = "#24292f";

    /**
     * What the cover says, in the book's language.
     *
     * @param descriptionLanguage the description's own language, which is the default language's
     *                            when the book's has none
     * @param spineTitle          the title along the spine: the book's short title when it has one
     * @param isbn the ISBN as the agency wrote it, hyphens and all; none for a book without one
     */
    record Text(String language, String title, String spineTitle, String edition, String author, String publisher,
                String description, String descriptionLanguage, Optional<String> isbn) {
    }

    /** The cover's size, in points: the trimmed page's, the bleed and the spine's width. */
    record Size(double pageWidth, double pageHeight, double bleed, double spine) {

        double width() {
            return 2 * bleed + 2 * pageWidth + spine;
        }

        double height() {
            return 2 * bleed + pageHeight;
        }

        /** Where the spine starts, from the sheet's left edge (bleed included). */
        double spineLeft() {
            return bleed + pageWidth;
        }
    }

    private CoverSheet() {
    }

    /**
     * @param accent            the background colour, "#rrggbb"; the theme's neutral when the handbook sets none
     * @param boldWidthPerPoint how wide a text sets in the fonts' bold at one point
     */
    static String xhtml(Text text, Size size, Optional<String> accent, List<String> fontFamilies,
                        ToDoubleFunction<String> boldWidthPerPoint) {
        StringBuilder html = new StringBuilder();
        String families = fontFamilies.stream().map(family -> "\"" + family + "\"").collect(Collectors.joining(", "));
        html.append("<!DOCTYPE html><html lang=\"").append(escape(text.language())).append("\"><head><meta charset=\"utf-8\"/>")
                .append("<title>").append(escape(text.title())).append("</title><style>")
                .append("@page { size: ").append(pt(size.width())).append(' ').append(pt(size.height())).append("; margin: 0; }")
                .append("html, body { margin: 0; padding: 0; }")
                .append("body { font-family: ").append(families).append("; color: #ffffff; }")
                .append(".sheet { position: absolute; left: 0; top: 0; width: ").append(pt(size.width())).append("; height: ")
                .append(pt(size.height())).append("; background: ").append(accent.orElse(NEUTRAL)).append("; }")
                .append(".box { position: absolute; }")
                .append("h1 { font-size: 26pt; line-height: 1.2; font-weight: bold; margin: 0 0 12pt 0; }")
                .append(".edition { font-size: 13pt; margin: 0; }")
                .append(".byline { font-size: 12pt; margin: 0 0 4pt 0; }")
                .append(".blurb { font-size: 10.5pt; line-height: 1.45; margin: 0; }")
                .append(".spine { text-align: center; font-weight: bold; white-space: nowrap; overflow: hidden; transform: rotate(90deg); }")
                .append(".barcode { background: #ffffff; color: #000000; }")
                .append(".bar { position: absolute; background: #000000; }")
                .append(".digit { position: absolute; text-align: center; font-size: 8pt; line-height: 1; }")
                .append(".caption { position: absolute; left: 0; text-align: center; font-size: 8pt; line-height: 1; }")
                .append("</style></head><body><div class=\"sheet\">");
        double frontLeft = size.spineLeft() + size.spine() + SAFE_MARGIN;
        double columnWidth = size.pageWidth() - 2 * SAFE_MARGIN;
        double top = size.bleed() + SAFE_MARGIN;
        double bottom = size.bleed() + size.pageHeight() - SAFE_MARGIN;
        html.append(box(frontLeft, top + 25 * PressSettings.POINTS_PER_MM, columnWidth))
                .append("<h1>").append(escape(text.title())).append("</h1>")
                .append("<p class=\"edition\">").append(escape(text.edition())).append("</p></div>");
        String byline = paragraphs("byline", text.author(), text.publisher());
        if (!byline.isEmpty()) {
            html.append("<div class=\"box\" style=\"left: ").append(pt(frontLeft)).append("; bottom: ")
                    .append(pt(size.height() - bottom)).append("; width: ").append(pt(columnWidth)).append(";\">")
                    .append(byline).append("</div>");
        }
        if (size.spine() >= NARROWEST_LETTERED_SPINE) {
            spineTypeSize(text.spineTitle(), size, boldWidthPerPoint)
                    .ifPresent(type -> html.append(spine(text.spineTitle(), size, type)));
        }
        if (!text.description().isEmpty()) {
            html.append(box(size.bleed() + SAFE_MARGIN, top, columnWidth))
                    .append("<p class=\"blurb\" lang=\"").append(escape(text.descriptionLanguage())).append("\">")
                    .append(escape(text.description())).append("</p></div>");
        }
        text.isbn().ifPresent(isbn -> html.append(barcode(isbn, size.bleed() + size.pageWidth() - SAFE_MARGIN, bottom)));
        return html.append("</div></body></html>").toString();
    }

    /**
     * The size the title is set in along the spine: as large as the spine's width allows, smaller
     * where that would run it past the margins at head and foot; none where even the smallest
     * size would, as a title cut short on a shelf misleads.
     */
    private static Optional<Double> spineTypeSize(String title, Size size, ToDoubleFunction<String> boldWidthPerPoint) {
        double length = size.pageHeight() - 2 * SAFE_MARGIN;
        // A little to spare: the engine rounds the size it is given, and a title must not touch the margins.
        double perPoint = boldWidthPerPoint.applyAsDouble(title) * 1.03;
        double type = Math.min(Math.min(LARGEST_SPINE_TYPE, size.spine() * 0.55),
                perPoint > 0 ? length / perPoint : LARGEST_SPINE_TYPE);
        return type < SMALLEST_SPINE_TYPE ? Optional.empty() : Optional.of(type);
    }

    /** The title along the spine, read from top to bottom as an English-language shelf reads it. */
    private static String spine(String title, Size size, double fontSize) {
        double length = size.pageHeight() - 2 * SAFE_MARGIN;
        double centreX = size.spineLeft() + size.spine() / 2;
        double centreY = size.bleed() + size.pageHeight() / 2;
        return "<div class=\"box spine\" style=\"left: " + pt(centreX - length / 2) + "; top: " + pt(centreY - size.spine() / 2)
                + "; width: " + pt(length) + "; height: " + pt(size.spine()) + "; font-size: " + pt(fontSize)
                + "; line-height: " + pt(size.spine()) + ";\">" + escape(title) + "</div>";
    }

    /** The ISBN in figures and as an EAN-13 symbol, its box's lower right corner at ({@code right}, {@code bottom}). */
    private static String barcode(String isbn, double right, double bottom) {
        Ean13 symbol = Ean13.of(isbn);
        int modules = Ean13.LEFT_QUIET + symbol.modules().length + Ean13.RIGHT_QUIET;
        double width = modules * MODULE;
        double barsTop = BARCODE_PADDING + BARCODE_CAPTION;
        double figuresTop = barsTop + BAR_HEIGHT + FIGURES_GAP;
        double height = figuresTop + FIGURES_HEIGHT + BARCODE_PADDING / 2;
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"box barcode\" style=\"left: ").append(pt(right - width)).append("; top: ")
                .append(pt(bottom - height)).append("; width: ").append(pt(width)).append("; height: ").append(pt(height))
                .append(";\">");
        html.append("<div class=\"caption\" style=\"top: ").append(pt(BARCODE_PADDING)).append("; width: ").append(pt(width))
                .append(";\">ISBN ").append(escape(isbn.strip())).append("</div>");
        for (Ean13.Bar bar : symbol.bars()) {
            html.append("<div class=\"bar\" aria-hidden=\"true\" style=\"left: ")
                    .append(pt((Ean13.LEFT_QUIET + bar.start()) * MODULE)).append("; top: ").append(pt(barsTop))
                    .append("; width: ").append(pt(bar.width() * MODULE)).append("; height: ")
                    .append(pt(BAR_HEIGHT + (bar.guard() ? GUARD_EXTRA : 0))).append(";\"></div>");
        }
        // The figures under the bars: the first before the start guard, then six under each half.
        String digits = symbol.digits();
        html.append(digit(digits.charAt(0), 2 * MODULE, figuresTop, 7 * MODULE));
        for (int i = 1; i < 13; i++) {
            int start = i <= 6 ? 3 + 7 * (i - 1) : 50 + 7 * (i - 7);
            html.append(digit(digits.charAt(i), (Ean13.LEFT_QUIET + start) * MODULE, figuresTop, 7 * MODULE));
        }
        return html.append("</div>").toString();
    }

    private static String digit(char digit, double left, double top, double width) {
        return "<div class=\"digit\" aria-hidden=\"true\" style=\"left: " + pt(left) + "; top: " + pt(top) + "; width: "
                + pt(width) + ";\">" + digit + "</div>";
    }

    private static String box(double left, double top, double width) {
        return "<div class=\"box\" style=\"left: " + pt(left) + "; top: " + pt(top) + "; width: " + pt(width) + ";\">";
    }

    private static String paragraphs(String kind, String... texts) {
        StringBuilder html = new StringBuilder();
        for (String text : texts) {
            if (!text.isBlank()) {
                html.append("<p class=\"").append(kind).append("\">").append(escape(text)).append("</p>");
            }
        }
        return html.toString();
    }

    private static String pt(double points) {
        return String.format(Locale.ROOT, "%.3fpt", points);
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
