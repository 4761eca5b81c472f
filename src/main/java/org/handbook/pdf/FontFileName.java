package org.handbook.pdf;

/**
 * The face a theme's font file is, as its name says ({@code fonts/NotoSansThai-BoldItalic.ttf}):
 * the family, its words parted at each capital ("Noto Sans Thai"), and the style after the last
 * dash ("Regular" when there is none), which gives the weight and the slant.
 */
public record FontFileName(String family, String style) {

    /** @param name the file's name under the theme's {@code print/} folder, with its folder and extension */
    public static FontFileName of(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1, name.lastIndexOf('.'));
        int dash = base.lastIndexOf('-');
        return new FontFileName((dash < 0 ? base : base.substring(0, dash)).replaceAll("(?<=[a-z])(?=[A-Z])", " "),
                dash < 0 ? "Regular" : base.substring(dash + 1));
    }

    public boolean bold() {
        return style.startsWith("Bold");
    }

    public boolean italic() {
        return style.endsWith("Italic");
    }
}
