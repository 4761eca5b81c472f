package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A theme's print font that maps characters beyond the Basic Multilingual Plane (DejaVu Sans Mono
 * maps 63 mathematical letters there) is used as shipped: building with it crashed, as the
 * rewritten copy of a font could map only the plane's own characters.
 */
class WideFontsTest {

    /** Debian's fonts-dejavu-core, which run-tests installs. */
    private static final Path DEJAVU_MONO = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf");

    @Test
    void aFontMappingCharactersBeyondThePlaneIsUsedAsShipped(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("print-pages", workspace.resolve("handbook"));
        Path fonts = Files.createDirectories(handbook.resolve("theme/print/fonts"));
        Files.copy(DEJAVU_MONO, fonts.resolve("DejaVuSansMono-Regular.ttf"));

        BuildResult built = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);

        assertThat(built.hasErrors()).as("%s", built.diagnostics()).isFalse();
        assertThat(workspace.resolve("site/en/1/handbook-en-1.pdf")).isNotEmptyFile();
    }
}
