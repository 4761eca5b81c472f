package org.handbook.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Strict reading of one YAML mapping: keys must be text and unique, unknown keys are reported with
 * the known ones as a hint, and each value is checked for the type the caller expects.
 */
public final class YamlMapping {

    private final YamlNode node;
    private final String what;
    private final Diagnostics diagnostics;
    private final Map<String, YamlNode> values = new LinkedHashMap<>();
    private final Map<String, YamlNode> keys = new LinkedHashMap<>();

    private YamlMapping(YamlNode node, String what, Diagnostics diagnostics) {
        this.node = node;
        this.what = what;
        this.diagnostics = diagnostics;
        for (NodeTuple tuple : node.tuples()) {
            YamlNode key = node.wrap(tuple.getKeyNode());
            YamlNode value = node.wrap(tuple.getValueNode());
            if (!key.isScalar() || key.isNull()) {
                diagnostics.error(key.position(), "HB-YAML-KEY", "a key in " + what + " must be text",
                        "write keys as plain words followed by ':'");
            } else if (values.containsKey(key.text())) {
                SourcePosition first = keys.get(key.text()).position();
                diagnostics.error(key.position(), "HB-YAML-DUPLICATE-KEY",
                        "duplicate key '" + key.text() + "' in " + what + " (first at line " + first.line() + ")",
                        "keep one '" + key.text() + "' and delete the other");
            } else {
                values.put(key.text(), value);
                keys.put(key.text(), key);
            }
        }
    }

    /** Reads {@code node} as a mapping, or reports that it is something else. */
    public static Optional<YamlMapping> of(YamlNode node, String what, Diagnostics diagnostics) {
        if (!node.isMapping()) {
            diagnostics.error(node.position(), "HB-YAML-TYPE", what + " must be a mapping of keys to values, not "
                    + node.describe(), "write it as 'key: value' lines");
            return Optional.empty();
        }
        return Optional.of(new YamlMapping(node, what, diagnostics));
    }

    public SourcePosition position() {
        return node.position();
    }

    public Set<String> keys() {
        return values.keySet();
    }

    /** Reports every key that is not in {@code known}, suggesting the nearest known one. */
    public void rejectUnknownKeys(Set<String> known) {
        for (Map.Entry<String, YamlNode> entry : keys.entrySet()) {
            if (!known.contains(entry.getKey())) {
                String hint = Spelling.nearest(entry.getKey(), known)
                        .map(near -> "did you mean '" + near + "'? ")
                        .orElse("")
                        + "known keys: " + String.join(", ", new TreeSet<>(known));
                diagnostics.error(entry.getValue().position(), "HB-YAML-UNKNOWN-KEY",
                        "unknown key '" + entry.getKey() + "' in " + what, hint);
            }
        }
    }

    /** Where {@code key} itself is written. */
    public SourcePosition keyPosition(String key) {
        return keys.get(key).position();
    }

    /** The value of {@code key} as written, an empty value included. */
    public YamlNode rawValue(String key) {
        return values.get(key);
    }

    public Optional<YamlNode> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(value -> !value.isNull());
    }

    /** The value of {@code key} as text; absent when missing, reported when not text. */
    public Optional<String> text(String key) {
        Optional<YamlNode> value = get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isScalar()) {
            typeError(key, value.get(), "text");
            return Optional.empty();
        }
        String text = value.get().text().strip();
        if (text.isEmpty()) {
            diagnostics.error(value.get().position(), "HB-YAML-EMPTY", "'" + key + "' in " + what + " is empty",
                    "give it a value or remove the key");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** Like {@link #text(String)}, and reports the key as missing when absent. */
    public Optional<String> requiredText(String key) {
        if (get(key).isEmpty()) {
            reportMissing(key, "text");
            return Optional.empty();
        }
        return text(key);
    }

    /** A YAML boolean: only {@code true} or {@code false}, never YAML 1.1's {@code yes}/{@code no}. */
    public Optional<Boolean> bool(String key) {
        return text(key).flatMap(text -> switch (text) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                typeError(key, values.get(key), "true or false");
                yield Optional.empty();
            }
        });
    }

    public Optional<List<YamlNode>> list(String key) {
        Optional<YamlNode> value = get(key);
        if (value.isPresent() && !value.get().isSequence()) {
            typeError(key, value.get(), "a list");
            return Optional.empty();
        }
        return value.map(YamlNode::items);
    }

    public Optional<YamlMapping> mapping(String key) {
        return get(key).flatMap(value -> of(value, "'" + key + "' in " + what, diagnostics));
    }

    /** The position of the value of {@code key}, or of the mapping when the key is absent. */
    public SourcePosition positionOf(String key) {
        return Optional.ofNullable(values.get(key)).map(YamlNode::position).orElse(position());
    }

    /** A list of text items, each reported when it is not text. */
    public List<String> textList(String key) {
        List<String> texts = new ArrayList<>();
        for (YamlNode item : list(key).orElse(List.of())) {
            if (item.isScalar() && !item.isNull()) {
                texts.add(item.text().strip());
            } else {
                diagnostics.error(item.position(), "HB-YAML-TYPE",
                        "each item of '" + key + "' in " + what + " must be text, not " + item.describe(),
                        "write one value per '- ' line");
            }
        }
        return texts;
    }

    public void reportMissing(String key, String expected) {
        diagnostics.error(position(), "HB-YAML-MISSING", what + " has no '" + key + "'",
                "add '" + key + ":' with " + expected);
    }

    private void typeError(String key, YamlNode value, String expected) {
        diagnostics.error(value.position(), "HB-YAML-TYPE",
                "'" + key + "' in " + what + " must be " + expected + ", not " + value.describe()
                        + (value.isScalar() ? " '" + value.text() + "'" : ""),
                "change the value of '" + key + "' to " + expected);
    }
}
