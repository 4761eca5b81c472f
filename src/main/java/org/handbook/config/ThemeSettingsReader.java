package org.handbook.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.handbook.model.Diagnostics;
import org.handbook.yaml.YamlMapping;

/** Reads {@code theme} in handbook.yml: the accent colour and the logo. */
final class ThemeSettingsReader {

    private static final String CODE = "HB-CONFIG-THEME";
    /** Formats every browser shows in an {@code <img>}. */
    static final Set<String> LOGO_FORMATS = Set.of("svg", "png", "webp", "jpg", "jpeg", "gif");

    private ThemeSettingsReader() {
    }

    static ThemeSettings read(YamlMapping theme, Diagnostics local) {
        theme.rejectUnknownKeys(Set.of("accent", "logo"));
        Optional<AccentColour> accent = theme.text("accent").flatMap(text -> accent(text, theme, local));
        Optional<String> logo = theme.text("logo").flatMap(text -> logo(text, theme, local));
        return new ThemeSettings(accent, logo, logo.isPresent() ? theme.positionOf("logo") : theme.position());
    }

    private static Optional<AccentColour> accent(String text, YamlMapping theme, Diagnostics local) {
        Optional<AccentColour> colour = AccentColour.parse(text);
        if (colour.isEmpty()) {
            local.error(theme.positionOf("accent"), CODE, "'" + text + "' is not a colour the theme can use",
                    "write it as a hexadecimal colour in quotes, such as accent: \"#0b5cad\"");
            return Optional.empty();
        }
        double contrast = colour.get().contrastWith(AccentColour.LIGHT_PAGE);
        if (contrast < AccentColour.MINIMUM_CONTRAST) {
            local.error(theme.positionOf("accent"), CODE, String.format(Locale.ROOT,
                            "the accent %s has a contrast of %.1f:1 on the white page; links in it would be hard to read",
                            colour.get().hex(), contrast),
                    "choose a darker shade that reaches 4.5:1 on white, such as \"#0b5cad\"");
            return Optional.empty();
        }
        return colour;
    }

    /** A file name under theme/assets/: relative, inside the folder, in a format browsers show. */
    private static Optional<String> logo(String text, YamlMapping theme, Diagnostics local) {
        String name = text.strip();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        boolean inside = !name.isEmpty() && !name.startsWith("/") && !name.contains("\\")
                && Arrays.stream(name.split("/", -1)).noneMatch(part -> part.isEmpty() || part.equals("..") || part.equals("."));
        if (!inside) {
            local.error(theme.positionOf("logo"), CODE, "'" + text + "' does not name a file of theme/assets/",
                    "put the logo in theme/assets/ and give its name from there, such as logo: logo.svg");
            return Optional.empty();
        }
        if (!LOGO_FORMATS.contains(extension)) {
            local.error(theme.positionOf("logo"), CODE, "'" + name + "' is not an image format every browser shows",
                    "use SVG (best for a logo), PNG or WebP");
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
