package org.handbook.render.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.handbook.TestHandbooks;
import org.handbook.config.ConfigLoader;
import org.handbook.config.HandbookConfig;
import org.handbook.model.Diagnostics;
import org.handbook.model.LanguageTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeLoaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private Theme load(Path handbook) {
        HandbookConfig config = ConfigLoader.load(handbook, diagnostics).orElseThrow();
        return ThemeLoader.load(config, diagnostics);
    }

    @Test
    void aHandbookWithoutAThemeGetsTheBundledOne() {
        Theme theme = load(TestHandbooks.fixture("minimal"));
        assertThat(theme.templates().fileOf("page")).isEqualTo("page.peb");
        assertThat(theme.templates().has("page")).isTrue();
        assertThat(theme.assets()).containsKey("style.css");
        assertThat(theme.strings().forLanguage(new LanguageTag("th"))).containsEntry("contents", "สารบัญ");
        assertThat(theme.strings().forLanguage(new LanguageTag("en"))).containsEntry("contents", "Contents");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void theHandbooksThemeOverridesFileByFile(@TempDir Path workspace) {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        TestHandbooks.write(handbook.resolve("theme/assets/style.css"), "body { color: red; }\n");
        TestHandbooks.write(handbook.resolve("theme/assets/img/logo.svg"), "<svg/>");
        TestHandbooks.write(handbook.resolve("theme/i18n/th.yml"), "contents: เนื้อหา\n");
        Theme theme = load(handbook);

        Asset style = theme.assets().get("style.css");
        assertThat(new String(style.content(), StandardCharsets.UTF_8)).as("published without its layout").isEqualTo("body{color: red;}");
        assertThat(style.path().value()).matches("assets/style\\.[0-9a-f]{10}\\.css");
        assertThat(theme.assets().get("img/logo.svg").path().value()).matches("assets/img/logo\\.[0-9a-f]{10}\\.svg");
        assertThat(theme.templates().has("home")).as("templates not overridden stay").isTrue();
        assertThat(theme.strings().forLanguage(new LanguageTag("th"))).as("strings are laid over the theme's key by key")
                .containsEntry("contents", "เนื้อหา").containsEntry("next", "ถัดไป");
    }

    @Test
    void interfaceStringsALanguageLacksAreListedAndTyposCaught(@TempDir Path workspace) {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        TestHandbooks.replace(handbook.resolve("handbook.yml"), "languages: [en, th]", "languages: [en, th, ms, fil]");
        // The theme has no Filipino strings: a handbook's partial file leaves the rest to the default language.
        TestHandbooks.write(handbook.resolve("theme/i18n/fil.yml"), "contents: Nilalaman\nnxet: Susunod\n");
        Theme theme = load(handbook);

        assertThat(diagnostics.sorted()).extracting(d -> d.position() + " " + d.code() + " " + d.message() + " | " + d.hint())
                .anySatisfy(line -> assertThat(line).startsWith("theme/i18n/ms.yml:0:0 HB-THEME-STRINGS-MISSING no interface strings in")
                        .endsWith("| add theme/i18n/ms.yml with the keys of the theme's en.yml"))
                .anySatisfy(line -> assertThat(line).startsWith("theme/i18n/fil.yml:0:0 HB-THEME-STRINGS-MISSING ")
                        .contains("interface strings not translated: alternateLanguages, annex, annexes"))
                .anySatisfy(line -> assertThat(line).isEqualTo("theme/i18n/fil.yml:0:0 HB-THEME-STRINGS-UNKNOWN the theme has no"
                        + " string 'nxet' | did you mean 'next'? the keys are those of the theme's en.yml"));
        assertThat(diagnostics.sorted()).as("the theme's own Thai, Lao, Khmer and Myanmar are complete")
                .noneMatch(d -> d.position().toString().matches("theme/i18n/(th|lo|km|my)\\.yml"));
        assertThat(theme.strings().forLanguage(new LanguageTag("ms"))).containsEntry("contents", "Contents");
        assertThat(theme.strings().forLanguage(new LanguageTag("fil"))).containsEntry("contents", "Nilalaman")
                .containsEntry("next", "Next");
    }

    @Test
    void stylesheetsReferToTheHashedNamesOfFontsAndImages(@TempDir Path workspace) {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        TestHandbooks.write(handbook.resolve("theme/assets/fonts/Sans.woff2"), "font");
        TestHandbooks.write(handbook.resolve("theme/assets/css/print.css"), """
                @font-face { src: url("../fonts/Sans.woff2?v=1") format("woff2"); }
                .logo { background: url(../img/missing.svg), url('https://example.org/x.png'); }
                """);
        Theme theme = load(handbook);

        String font = theme.assets().get("fonts/Sans.woff2").path().value();
        String css = new String(theme.assets().get("css/print.css").content(), StandardCharsets.UTF_8);
        assertThat(css).contains("url(\"../" + font.substring("assets/".length()) + "?v=1\")")
                .contains("url(../img/missing.svg)", "url('https://example.org/x.png')");
        assertThat(font).matches("assets/fonts/Sans\\.[0-9a-f]{10}\\.woff2");
    }

    @Test
    void aHashChangesWithTheContent() {
        assertThat(ThemeLoader.hashedPath("a.css", new byte[] {1}))
                .isNotEqualTo(ThemeLoader.hashedPath("a.css", new byte[] {2}));
        assertThat(ThemeLoader.hashedPath("LICENSE", new byte[] {1}).value()).matches("assets/LICENSE\\.[0-9a-f]{10}");
    }

    @Test
    void freemarkerTemplatesSwitchTheEngine(@TempDir Path workspace) {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        TestHandbooks.write(handbook.resolve("theme/templates/page.ftlh"), "${page.title}");
        Theme theme = load(handbook);
        assertThat(theme.templates().fileOf("page")).isEqualTo("page.ftlh");
        assertThat(theme.templates().has("home")).as("Freemarker themes bring all their templates").isFalse();
    }

    @Test
    void theAccentOfHandbookYmlEndsTheStylesheetForBothSchemes(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        Path config = handbook.resolve("handbook.yml");
        TestHandbooks.write(config, java.nio.file.Files.readString(config) + "theme:\n  accent: \"#1B4F9C\"\n");
        Theme theme = load(handbook);

        String css = new String(theme.assets().get("style.css").content(), StandardCharsets.UTF_8);
        String rule = css.substring(css.lastIndexOf(":root"));
        assertThat(rule).startsWith(":root{--accent-light: #1b4f9c;--accent-dark: #");
        assertThat(css).as("the default theme takes --accent from the two").contains("--accent: var(--accent-light)",
                "--accent: var(--accent-dark)");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void aLogoTheThemeDoesNotHaveIsAnErrorAtItsLine(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        Path config = handbook.resolve("handbook.yml");
        TestHandbooks.write(config, java.nio.file.Files.readString(config) + "theme:\n  logo: img/logo.svg\n");
        load(handbook);
        assertThat(diagnostics.sorted()).extracting(d -> d.position() + " " + d.code() + " " + d.message() + " | " + d.hint())
                .containsExactly("handbook.yml:14:9 HB-CONFIG-THEME the logo 'img/logo.svg' is not in theme/assets/"
                        + " | put the file at theme/assets/img/logo.svg, or correct its name here");

        TestHandbooks.write(handbook.resolve("theme/assets/img/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Diagnostics again = new Diagnostics();
        assertThat(ThemeLoader.load(ConfigLoader.load(handbook, again).orElseThrow(), again).assets()).containsKey("img/logo.svg");
        assertThat(again.sorted()).isEmpty();
    }
}
