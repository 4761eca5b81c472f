package org.handbook.load;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;
import org.handbook.yaml.YamlMapping;
import org.handbook.yaml.YamlNode;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a YAML tree into the JSON tree a JSON Schema validator checks, remembering where each
 * value and each key was written, by JSON pointer, so a schema error can name the line and column.
 * Scalars are typed by YAML 1.2's core schema: {@code NO} stays text, {@code 2003} is a number.
 */
final class YamlToJson {

    /** Far above any real profile; an alias bomb expands past it and is refused. */
    private static final int MAX_NODES = 100_000;

    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final Diagnostics diagnostics;
    private final Map<String, SourcePosition> values = new HashMap<>();
    private final Map<String, SourcePosition> keys = new HashMap<>();
    private int nodes;

    private YamlToJson(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The JSON tree and positions, or empty when the YAML cannot become JSON (reported). */
    static Optional<Converted> convert(YamlNode root, Diagnostics diagnostics) {
        YamlToJson converter = new YamlToJson(diagnostics);
        try {
            JsonNode tree = converter.convert(root, "");
            return Optional.of(new Converted(tree, Map.copyOf(converter.values), Map.copyOf(converter.keys)));
        } catch (TooLarge e) {
            diagnostics.error(root.position(), "HB-YAML-TOO-LARGE",
                    "this file expands to more than " + MAX_NODES + " values (through aliases?)",
                    "write the data out without '&' anchors and '*' aliases");
            return Optional.empty();
        }
    }

    /** A converted document: its tree, and the position of each value and key by JSON pointer. */
    record Converted(JsonNode tree, Map<String, SourcePosition> values, Map<String, SourcePosition> keys) {

        SourcePosition valueAt(String pointer) {
            for (String current = pointer; ; current = parent(current)) {
                SourcePosition position = values.get(current);
                if (position != null || current.isEmpty()) {
                    return position;
                }
            }
        }

        private static String parent(String pointer) {
            return pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
        }
    }

    private JsonNode convert(YamlNode node, String pointer) {
        if (++nodes > MAX_NODES) {
            throw new TooLarge();
        }
        values.put(pointer, node.position());
        if (node.isMapping()) {
            ObjectNode object = json.objectNode();
            YamlMapping.of(node, "this mapping", diagnostics).ifPresent(mapping -> {
                for (String key : mapping.keys()) {
                    String child = pointer + "/" + escape(key);
                    keys.put(child, mapping.keyPosition(key));
                    object.set(key, convert(mapping.rawValue(key), child));
                }
            });
            return object;
        }
        if (node.isSequence()) {
            ArrayNode array = json.arrayNode();
            int index = 0;
            for (YamlNode item : node.items()) {
                array.add(convert(item, pointer + "/" + index++));
            }
            return array;
        }
        return scalar((ScalarNode) node.node());
    }

    private JsonNode scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return json.nullNode();
        }
        if (Tag.BOOL.equals(tag)) {
            return json.booleanNode(Boolean.parseBoolean(text));
        }
        if (Tag.INT.equals(tag)) {
            try {
                return json.numberNode(new BigInteger(text.replace("_", "").replace("+", "")));
            } catch (NumberFormatException e) {
                return json.textNode(text);
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                return json.numberNode(Double.parseDouble(text));
            } catch (NumberFormatException e) {
                return json.textNode(text);
            }
        }
        return json.textNode(text);
    }

    /** JSON pointer escaping (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }
}
