package org.handbook.config;

import java.util.Locale;
import java.util.Optional;

/**
 * The handbook's accent colour ({@code theme.accent}): links, buttons and the mark of the page
 * being read. Links are text, so the colour must reach WCAG's 4.5:1 contrast on the light page;
 * the dark scheme gets a lighter shade of it that reaches the same contrast on the dark page.
 */
public record AccentColour(int red, int green, int blue) {

    /** WCAG 2 AA for normal text. */
    public static final double MINIMUM_CONTRAST = 4.5;
    public static final AccentColour LIGHT_PAGE = new AccentColour(0xff, 0xff, 0xff);
    /** The dark scheme's page colour: {@code --page} in the default theme's stylesheet. */
    public static final AccentColour DARK_PAGE = new AccentColour(0x14, 0x18, 0x1d);

    /** {@code #rgb} or {@code #rrggbb}, in either case. */
    public static Optional<AccentColour> parse(String text) {
        String hex = text.strip();
        if (hex.matches("#[0-9a-fA-F]{3}")) {
            hex = "#" + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2) + hex.charAt(3) + hex.charAt(3);
        }
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(hex.substring(1), 16);
        return Optional.of(new AccentColour(value >> 16, (value >> 8) & 0xff, value & 0xff));
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** WCAG 2's contrast ratio, from 1 (none) to 21 (black on white). */
    public double contrastWith(AccentColour other) {
        double lighter = Math.max(luminance(), other.luminance());
        double darker = Math.min(luminance(), other.luminance());
        return (lighter + 0.05) / (darker + 0.05);
    }

    /**
     * The shade the dark scheme uses: this colour mixed with white, in the least amount that
     * reads at {@link #MINIMUM_CONTRAST} on the dark page, so the accent keeps its hue.
     */
    public AccentColour onDarkPage() {
        for (int percent = 0; percent <= 100; percent += 2) {
            AccentColour mixed = mixedWithWhite(percent);
            if (mixed.contrastWith(DARK_PAGE) >= MINIMUM_CONTRAST) {
                return mixed;
            }
        }
        return LIGHT_PAGE;
    }

    private AccentColour mixedWithWhite(int percent) {
        return new AccentColour(mix(red, percent), mix(green, percent), mix(blue, percent));
    }

    private static int mix(int channel, int percent) {
        return (int) Math.round(channel + (255 - channel) * percent / 100.0);
    }

    private double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double value = channel / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
