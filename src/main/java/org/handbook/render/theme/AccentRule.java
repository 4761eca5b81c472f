package org.handbook.render.theme;

import java.nio.charset.StandardCharsets;
import org.handbook.config.AccentColour;

/**
 * The accent colour of handbook.yml, as the last rule of the theme's stylesheet: it sets the
 * colour for the light scheme and its lighter shade for the dark one, the two custom properties
 * the default stylesheet takes {@code --accent} from. Appended once, so every page shares the
 * cached stylesheet rather than carrying the colour itself.
 */
final class AccentRule {

    private AccentRule() {
    }

    static byte[] appendTo(byte[] stylesheet, AccentColour accent) {
        String rule = "\n/* theme.accent in handbook.yml */\n:root { --accent-light: " + accent.hex()
                + "; --accent-dark: " + accent.onDarkPage().hex() + "; }\n";
        String text = new String(stylesheet, StandardCharsets.UTF_8);
        return (text + rule).getBytes(StandardCharsets.UTF_8);
    }
}
