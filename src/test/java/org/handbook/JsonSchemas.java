package org.handbook;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editor schemas as an editor's YAML extension uses them: YAML read by YAML 1.2's core schema, checked by a JSON
 * Schema validator that fetches nothing. Also walks a schema's objects, to compare each with the keys the tool knows.
 */
public final class JsonSchemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonSchemas() {
    }

    public static Schema compile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                            registry -> registry.schemaLoader(loader -> loader.fetchRemoteResources(false)))
                    .getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** YAML as an editor's extension reads it (YAML 1.2 core schema: 2026 a number, 2026-06-30 text). */
    public static Object yaml(String text) {
        return new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(text);
    }

    public static List<Error> errors(Schema schema, Object document) {
        return schema.validate(JSON.valueToTree(document));
    }

    /**
     * Calls {@code visit} with the path (keys, and 0 for a list's items) and the property names of every object the
     * schema describes with properties, following {@code $ref}, {@code allOf}, {@code oneOf} and {@code items}.
     */
    public static void objects(JsonNode schema, BiConsumer<List<Object>, Set<String>> visit) {
        walk(schema, schema, new ArrayList<>(), visit);
    }

    private static void walk(JsonNode root, JsonNode node, List<Object> path, BiConsumer<List<Object>, Set<String>> visit) {
        if (node.has("$ref")) {
            walk(root, root.at(node.get("$ref").asString().substring(1)), path, visit);
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (node.has(combinator)) {
                node.get(combinator).forEach(alternative -> walk(root, alternative, path, visit));
            }
        }
        if (node.has("items") && node.get("items").isObject()) {
            List<Object> inside = new ArrayList<>(path);
            inside.add(0);
            walk(root, node.get("items"), inside, visit);
        }
        if (node.has("properties")) {
            Set<String> names = new TreeSet<>(node.get("properties").propertyNames());
            visit.accept(List.copyOf(path), names);
            for (String name : names) {
                List<Object> inside = new ArrayList<>(path);
                inside.add(name);
                walk(root, node.get("properties").get(name), inside, visit);
            }
        }
    }

    /** The keys the tool's unknown-key message lists for {@code key}: what the tool knows where {@code key} was written. */
    public static Set<String> keysTheToolKnows(org.handbook.model.Diagnostics diagnostics, String key, Object document) {
        org.handbook.model.Diagnostic unknown = diagnostics.sorted().stream()
                .filter(diagnostic -> diagnostic.code().equals("HB-YAML-UNKNOWN-KEY") && diagnostic.message().contains("'" + key + "'"))
                .findFirst().orElseThrow(() -> new AssertionError("the tool accepts the key '" + key + "' in " + document));
        String listed = unknown.hint().substring(unknown.hint().indexOf("known keys: ") + "known keys: ".length());
        return new TreeSet<>(java.util.Arrays.asList(listed.split(", ")));
    }

    /** The mapping at {@code path} in a document read by {@link #yaml}, to add a key to. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> mappingAt(Object document, List<Object> path) {
        Object node = document;
        for (Object step : path) {
            node = step instanceof Integer index ? ((List<Object>) node).get(index) : ((Map<String, Object>) node).get(step);
            if (node == null) {
                throw new AssertionError("the sample has nothing at " + path + ": give it a value there");
            }
        }
        return (Map<String, Object>) node;
    }
}
