package org.handbook.render.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handbook.BuildRequest;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Progress;
import org.handbook.validators.ComputedFonts;
import org.handbook.validators.ComputedFonts.Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code is set in a monospace font in every language, in Chromium, before the script's own fonts. */
class CodeFontTest {

    @Test
    void codeIsMonospaceInEveryLanguageWithTheScriptsFontsAfter(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        TestHandbooks.replace(handbook.resolve("handbook.yml"), "languages: [en, th]", "languages: [en, th, id, vi]");
        List<String> languages = List.of("en", "th", "id", "vi");
        for (String language : languages) {
            Files.createDirectories(handbook.resolve("chapters/" + language));
            Files.writeString(handbook.resolve("chapters/" + language + "/02-code.md"), """
                    ---
                    id: code
                    title: Code
                    ---

                    Run `handbook check` (ตรวจ) first.

                    ```
                    handbook build --out site
                    ```
                    """);
        }
        Path site = workspace.resolve("site");
        assertThat(Handbook.build(BuildRequest.build(handbook, Optional.of(site)).asPreview(), Progress.NONE).hasErrors()).isFalse();

        List<Font> fonts = ComputedFonts.of("main code, main pre", site,
                languages.stream().map(language -> language + "/1/code/index.html").toList());
        // Per page: the inline code, the block and the code inside it.
        assertThat(fonts).extracting(Font::lang).containsExactly("en", "en", "en", "th", "th", "th", "id", "id", "id", "vi", "vi", "vi");
        assertThat(fonts).allSatisfy(font -> {
            String family = font.fontFamily();
            assertThat(family).as(font.toString()).startsWith("ui-monospace,");
            assertThat(family).as(font.toString()).contains(", monospace,");
        });
        // Letters no monospace font has are drawn by the page's script fonts, after every monospace one.
        String thai = fonts.get(3).fontFamily();
        assertThat(thai.indexOf("monospace,")).isLessThan(thai.indexOf("\"Noto Sans Thai\""));
        assertThat(fonts.get(0).fontFamily()).endsWith("\"Noto Sans\", \"Segoe UI\", system-ui, -apple-system, sans-serif");
    }
}
