package org.handbook.load;

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
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;

/** The front matter schema says what the tool says: every chapter of the handbook meets it, and it knows the same keys. */
class FrontMatterSchemaTest {

    private static final Path FILE = Golden.repositoryRoot().resolve("schemas/front-matter.schema.json");
    private static final Schema SCHEMA = JsonSchemas.compile(FILE);

    private static final String EVERY_LEVEL = """
            id: mutual-legal-assistance
            title: Mutual legal assistance
            kind: chapter
            description: How to ask.
            paragraphs: numbered
            translation:
              reviewed: false
              source: 0123456789ab
              sections: {scope: 0123456789ab}
            """;

    @Test
    void everyChapterOfTheHandbookAndTheStarterMeetsTheSchema() throws IOException {
        List<Path> chapters = new ArrayList<>();
        for (String folder : List.of("chapters", "editions", "src/main/resources/org/handbook/starter")) {
            try (Stream<Path> walk = Files.walk(Golden.repositoryRoot().resolve(folder))) {
                walk.filter(file -> file.toString().endsWith(".md") && !file.getFileName().toString().equals("README.md"))
                        .sorted().forEach(chapters::add);
            }
        }
        assertThat(chapters).as("the chapters of every language and edition").hasSizeGreaterThan(80);
        for (Path chapter : chapters) {
            String text = Files.readString(chapter);
            int end = text.indexOf("\n---", 4);
            assertThat(JsonSchemas.errors(SCHEMA, JsonSchemas.yaml(text.substring(4, end)))).as("%s", chapter).isEmpty();
        }
        assertThat(JsonSchemas.errors(SCHEMA, JsonSchemas.yaml(EVERY_LEVEL))).isEmpty();
    }

    @Test
    void atEveryLevelTheSchemaKnowsTheKeysTheToolKnowsAndRejectsAnyOther() {
        List<String> levels = new ArrayList<>();
        JsonSchemas.objects(JsonSchemas.tree(FILE), (path, schemaKeys) -> {
            Object document = JsonSchemas.yaml(EVERY_LEVEL);
            JsonSchemas.mappingAt(document, path).put("colour", "blue");
            assertThat(JsonSchemas.errors(SCHEMA, document)).as("the schema rejects a wrong key at %s", path).isNotEmpty();
            assertThat(toolKeys(document)).as("the keys the tool knows at %s", path).isEqualTo(schemaKeys);
            levels.add(path.toString());
        });
        assertThat(levels).containsExactly("[]", "[translation]");
    }

    @Test
    void valuesTheToolRefusesTheSchemaFlagsToo() {
        Map<String, String> wrong = Map.of("id: mutual-legal-assistance", "id: Mutual Legal Assistance",
                "kind: chapter", "kind: appendix", "paragraphs: numbered", "paragraphs: yes please",
                "source: 0123456789ab", "source: abc");
        wrong.forEach((right, mistake) -> assertThat(JsonSchemas.errors(SCHEMA, JsonSchemas.yaml(EVERY_LEVEL.replace(right, mistake))))
                .as(mistake).isNotEmpty());
    }

    private static Set<String> toolKeys(Object document) {
        String text = "---\n" + new Dump(DumpSettings.builder().build()).dumpToString(document) + "---\n\nText.\n";
        Diagnostics diagnostics = new Diagnostics();
        FrontMatterReader.read(Path.of("chapters/th/01-mutual-legal-assistance.md"), text, diagnostics);
        return JsonSchemas.keysTheToolKnows(diagnostics, "colour", document);
    }
}
