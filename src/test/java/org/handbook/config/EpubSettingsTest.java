package org.handbook.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handbook.TestHandbooks;
import org.handbook.model.Diagnostics;
import org.handbook.model.EditionId;
import org.handbook.model.LanguageTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpubSettingsTest {

    private static final String HANDBOOK = """
            title: Field Guide
            languages: [en, th]
            editions:
              - {id: "2025", title: First, status: published}
              - {id: "2026", title: Second, status: current}
            """;

    @Test
    void theBooksListedAreWrittenEveryEditionWhenNoneIsListed(@TempDir Path root) {
        TestHandbooks.write(root.resolve("handbook.yml"), HANDBOOK + "epub:\n  languages: [th]\n");
        EpubSettings epub = ConfigLoader.load(root, new Diagnostics()).orElseThrow().epub();
        assertThat(epub.writes(new LanguageTag("th"), new EditionId("2025"))).isTrue();
        assertThat(epub.writes(new LanguageTag("th"), new EditionId("2026"))).isTrue();
        assertThat(epub.writes(new LanguageTag("en"), new EditionId("2026"))).isFalse();

        TestHandbooks.write(root.resolve("handbook.yml"), HANDBOOK + "epub:\n  languages: [en, th]\n  editions: [\"2026\"]\n");
        epub = ConfigLoader.load(root, new Diagnostics()).orElseThrow().epub();
        assertThat(epub.writes(new LanguageTag("en"), new EditionId("2026"))).isTrue();
        assertThat(epub.writes(new LanguageTag("en"), new EditionId("2025"))).isFalse();

        TestHandbooks.write(root.resolve("handbook.yml"), HANDBOOK);
        assertThat(ConfigLoader.load(root, new Diagnostics()).orElseThrow().epub().languages()).isEmpty();
    }

    @Test
    void aLanguageOrEditionTheHandbookDoesNotDeclareIsOneErrorAtItsLine(@TempDir Path root) {
        TestHandbooks.write(root.resolve("handbook.yml"), HANDBOOK + "epub:\n  languages: [en, fr]\n  editions: [\"2030\"]\n  pages: 10\n");
        Diagnostics diagnostics = new Diagnostics();
        Optional<HandbookConfig> config = ConfigLoader.load(root, diagnostics);
        assertThat(config).isEmpty();
        assertThat(TestHandbooks.report(diagnostics.sorted())).isEqualTo(String.join("\n", List.of(
                "handbook.yml:7:14: error: 'fr' is not a declared language [HB-CONFIG-EPUB]",
                "    hint: list languages from 'languages': en, th",
                "handbook.yml:8:13: error: '2030' is not a declared edition [HB-CONFIG-EPUB]",
                "    hint: list editions from 'editions': 2025, 2026",
                "handbook.yml:9:3: error: unknown key 'pages' in 'epub' in handbook.yml [HB-YAML-UNKNOWN-KEY]",
                "    hint: known keys: editions, languages")) + "\n");
    }
}
