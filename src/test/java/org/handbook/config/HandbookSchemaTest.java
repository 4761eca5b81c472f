package org.handbook.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.handbook.Golden;
import org.handbook.JsonSchemas;
import org.handbook.model.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;

/**
 * The schema editors' IDEs check handbook.yml with says what the tool says: every handbook.yml the tool accepts meets
 * it, and at every level it knows exactly the keys the tool knows, so a key added to one and not the other fails here.
 */
class HandbookSchemaTest {

    private static final Path FILE = Golden.repositoryRoot().resolve("schemas/handbook.schema.json");
    private static final Schema SCHEMA = JsonSchemas.compile(FILE);

    /** A configuration with a value at every level the schema describes, so a wrong key can be put at each. */
    private static final String EVERY_LEVEL = """
            title: Field Guide
            description: A guide.
            baseUrl: https://handbook.example.org/
            languages: [en, th]
            editions:
              - id: "2026"
                title: {en: First edition, th: ฉบับแรก}
                date: 2026-06-30
                isbn: 978-0-306-40615-7
                status: current
            repository: {url: https://example.org/repo, editUrl: "https://example.org/repo/edit/{path}"}
            markdown: {rawHtml: clean, allowedHtml: [sup], htmlIds: true}
            output: {dir: target/site}
            countries: {staleAfterYears: 10}
            numbering: {depth: 2}
            epub:
              languages: [en, th]
              editions: ["2026"]
            pdf:
              languages: [en]
              pageSize: A4
              licence: CC BY 4.0
              printing:
                - {date: 2026-06-30, note: First printing, edition: "2026"}
              press: {bleed: 3mm, paperThickness: 0.1mm}
            check:
              ignore:
                - {code: HB-COUNTRY-STALE, file: countries/TH.yml, reason: Reviewed.}
            theme: {accent: "#1b4f9c"}
            redirects: {old-page: new-page}
            """;

    @Test
    void theRepositorysConfigurationTheStarterAndEveryFixtureTheToolAcceptsMeetTheSchema() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Golden.repositoryRoot().resolve("handbook.yml"),
                Golden.repositoryRoot().resolve("src/main/resources/org/handbook/starter/handbook.yml")));
        try (Stream<Path> walk = Files.walk(Golden.repositoryRoot().resolve("src/test/resources/handbooks"), 2)) {
            walk.filter(file -> file.getFileName().toString().equals("handbook.yml")).sorted().forEach(files::add);
        }
        int accepted = 0;
        for (Path file : files) {
            Diagnostics diagnostics = new Diagnostics();
            boolean starter = file.toString().contains("starter");
            String text = Files.readString(file).replace("@title@", "Title").replace("@edition@", "2026");
            if (!starter && ConfigLoader.load(file.getParent(), diagnostics).isEmpty()) {
                continue;
            }
            accepted++;
            assertThat(JsonSchemas.errors(SCHEMA, JsonSchemas.yaml(text))).as("%s meets the schema", file).isEmpty();
        }
        assertThat(accepted).as("the repository's, the starter's and the fixtures'").isGreaterThan(20);
        assertThat(JsonSchemas.errors(SCHEMA, JsonSchemas.yaml(EVERY_LEVEL))).isEmpty();
    }

    @Test
    void atEveryLevelTheSchemaKnowsTheKeysTheToolKnowsAndRejectsAnyOther(@TempDir Path root) throws IOException {
        List<String> levels = new ArrayList<>();
        JsonSchemas.objects(JsonSchemas.tree(FILE), (path, schemaKeys) -> {
            Object document = JsonSchemas.yaml(EVERY_LEVEL);
            JsonSchemas.mappingAt(document, path).put("colour", "blue");
            assertThat(JsonSchemas.errors(SCHEMA, document)).as("the schema rejects a wrong key at %s", path).isNotEmpty();
            assertThat(toolKeys(root, document)).as("the keys the tool knows at %s", path).isEqualTo(schemaKeys);
            levels.add(path.toString());
        });
        assertThat(levels).as("every mapping of handbook.yml").contains("[]", "[editions, 0]", "[pdf]", "[pdf, press]",
                "[pdf, printing, 0]", "[check, ignore, 0]", "[repository]", "[markdown]", "[theme]");
    }

    @Test
    void valuesTheToolRefusesTheSchemaFlagsToo() {
        Map<String, String> wrong = Map.of(
                "status: current", "status: draft",
                "pageSize: A4", "pageSize: A3",
                "rawHtml: clean", "rawHtml: allow",
                "accent: \"#1b4f9c\"", "accent: blue",
                "languages: [en, th]", "languages: [english]",
                "date: 2026-06-30\n    isbn", "date: 30 June 2026\n    isbn",
                "depth: 2", "depth: two",
                "bleed: 3mm", "bleed: 3");
        wrong.forEach((right, mistake) -> {
            String text = EVERY_LEVEL.replace(right, mistake);
            assertThat(text).as("the sample holds %s", right).isNotEqualTo(EVERY_LEVEL);
            assertThat(JsonSchemas.errors(SCHEMA, JsonSchemas.yaml(text))).as(mistake).isNotEmpty();
        });
    }

    /** The keys the tool's unknown-key message lists where the document has the key 'colour'. */
    private static Set<String> toolKeys(Path root, Object document) {
        try {
            Files.writeString(root.resolve(HandbookConfig.FILE_NAME), new Dump(DumpSettings.builder().build()).dumpToString(document));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Diagnostics diagnostics = new Diagnostics();
        ConfigLoader.load(root, diagnostics);
        return JsonSchemas.keysTheToolKnows(diagnostics, "colour", document);
    }
}
