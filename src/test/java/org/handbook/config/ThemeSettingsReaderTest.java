package org.handbook.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.handbook.model.Diagnostic;
import org.handbook.model.Diagnostics;
import org.handbook.yaml.YamlComposer;
import org.handbook.yaml.YamlMapping;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeSettingsReaderTest {

    private static Optional<String> logo(String value, Diagnostics diagnostics) {
        Path file = Path.of("handbook.yml");
        YamlMapping theme = YamlComposer.compose(file, "logo: '" + value + "'\n", 1, diagnostics)
                .flatMap(node -> YamlMapping.of(node, "theme", diagnostics)).orElseThrow();
        return ThemeSettingsReader.read(theme, diagnostics).logo();
    }

    @ParameterizedTest
    @CsvSource({"logo.svg", "img/img/logo.png", "brand/Logo.WEBP"})
    void aLogoIsAFileUnderTheAssetsFolder(String value) {
        Diagnostics diagnostics = new Diagnostics();
        assertThat(logo(value, diagnostics)).contains(value);
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../logo.svg | does not name a file of theme/assets/",
            "/etc/logo.svg | does not name a file of theme/assets/",
            "img//logo.svg | does not name a file of theme/assets/",
            "img/./logo.svg | does not name a file of theme/assets/",
            "img\\logo.svg | does not name a file of theme/assets/",
            "logo.bmp | is not an image format every browser shows",
            "logo | is not an image format every browser shows"})
    void anythingElseIsOneErrorAtTheKey(String value, String message) {
        Diagnostics diagnostics = new Diagnostics();
        assertThat(logo(value, diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().satisfies(diagnostic -> {
            assertThat(diagnostic.message()).contains(message);
            assertThat(diagnostic.code()).isEqualTo("HB-CONFIG-THEME");
            assertThat(diagnostic.position().toString()).isEqualTo("handbook.yml:1:7");
        });
    }
}
