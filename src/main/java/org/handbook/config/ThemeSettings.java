package org.handbook.config;

import java.nio.file.Path;
import java.util.Optional;
import org.handbook.model.SourcePosition;

/**
 * {@code theme} in handbook.yml: what a handbook changes of the default look without a theme of
 * its own.
 *
 * @param accent       the accent colour, or the theme's own
 * @param logo         a file under {@code theme/assets/} shown beside the title in the header
 * @param logoPosition where {@code logo} is written, for reporting a file the theme does not have
 */
public record ThemeSettings(Optional<AccentColour> accent, Optional<String> logo, SourcePosition logoPosition) {

    public static ThemeSettings none() {
        return new ThemeSettings(Optional.empty(), Optional.empty(), SourcePosition.of(Path.of(HandbookConfig.FILE_NAME)));
    }
}
