package org.handbook.xliff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A country profile's YAML text, read for the texts written in one language or per language
 * ({@code note: …} or {@code note: {en: …, th: …}}), and written with a translation added: the
 * value per language as it is, the translation on a line of its own after them; a text written in
 * one language becomes a text per language, its words as written. Every other line stays as it is.
 */
final class ProfileYaml {

    private final String text;
    private final Node root;

    private ProfileYaml(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** The file's text, composed; the build has checked it is well-formed YAML. */
    static ProfileYaml of(String text) {
        Node root = new Compose(LoadSettings.builder().setAllowDuplicateKeys(false).build()).composeString(text)
                .orElseThrow(() -> new IllegalArgumentException("a country file holds a mapping"));
        return new ProfileYaml(text, root);
    }

    String text() {
        return text;
    }

    /** The text at {@code pointer} ("/instruments/untoc/note") per language: the default language's when written alone. */
    Optional<Map<String, String>> texts(String pointer, String defaultLanguage) {
        return at(pointer).map(found -> {
            Map<String, String> texts = new LinkedHashMap<>();
            if (found.value() instanceof ScalarNode scalar) {
                texts.put(defaultLanguage, scalar.getValue());
            } else if (found.value() instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value) {
                        texts.put(key.getValue(), value.getValue());
                    }
                }
            }
            return texts;
        });
    }

    /** The line the text at {@code pointer} starts on, counted from 1. */
    int line(String pointer) {
        return at(pointer).flatMap(found -> found.value().getStartMark()).map(mark -> mark.getLine() + 1).orElse(1);
    }

    /** The edit that gives the text at {@code pointer} its translation into {@code language}; none when it has it already. */
    void translate(Edits edits, String pointer, String defaultLanguage, String language, String translation) {
        Located found = at(pointer).orElseThrow(() -> new IllegalArgumentException("no text at " + pointer));
        if (found.value() instanceof ScalarNode scalar && found.inFlow()) {
            // Inside {…} a text per language is {…} too, each in quotes, as plain text could end it.
            edits.replace(index(found.key().getEndMark()), valueEnd(scalar), ": {" + defaultLanguage + ": "
                    + StringsFile.quoted(scalar.getValue()) + ", " + language + ": " + StringsFile.quoted(translation) + "}");
            return;
        }
        if (found.value() instanceof ScalarNode scalar) {
            int keyEnd = index(found.key().getEndMark());
            int indent = found.key().getStartMark().orElseThrow().getColumn() + 2;
            String english = isOneLine(scalar) ? text.substring(index(scalar.getStartMark()), index(scalar.getEndMark()))
                    : StringsFile.written(scalar.getValue());
            edits.replace(keyEnd, valueEnd(scalar), ":\n" + " ".repeat(indent) + defaultLanguage + ": " + english + "\n"
                    + " ".repeat(indent) + language + ": " + StringsFile.written(translation));
            return;
        }
        MappingNode mapping = (MappingNode) found.value();
        boolean flow = mapping.getFlowStyle() == FlowStyle.FLOW;
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(language)) {
                ScalarNode value = (ScalarNode) tuple.getValueNode();
                if (!value.getValue().equals(translation)) {
                    edits.replace(index(value.getStartMark()), valueEnd(value),
                            flow ? StringsFile.quoted(translation) : StringsFile.written(translation));
                }
                return;
            }
        }
        if (flow) {
            int closing = text.lastIndexOf('}', index(mapping.getEndMark()));
            edits.replace(closing, closing, ", " + language + ": " + StringsFile.quoted(translation));
            return;
        }
        // After the line the last language's text ends on, at the indent of the first.
        int indent = mapping.getValue().get(0).getKeyNode().getStartMark().orElseThrow().getColumn();
        int lineEnd = text.indexOf('\n', valueEnd(mapping.getValue().get(mapping.getValue().size() - 1).getValueNode()));
        int at = lineEnd < 0 ? text.length() : lineEnd;
        edits.replace(at, at, "\n" + " ".repeat(indent) + language + ": " + StringsFile.written(translation));
    }

    /** A top-level mapping of mappings of text, such as the record of translations: its keys, then theirs, in order. */
    Map<String, Map<String, String>> mappingOfTexts(String key) {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        at("/" + key).filter(found -> found.value() instanceof MappingNode).ifPresent(found -> {
            for (NodeTuple outer : ((MappingNode) found.value()).getValue()) {
                Map<String, String> inner = new LinkedHashMap<>();
                if (outer.getValueNode() instanceof MappingNode mapping) {
                    for (NodeTuple tuple : mapping.getValue()) {
                        if (tuple.getKeyNode() instanceof ScalarNode name && tuple.getValueNode() instanceof ScalarNode value) {
                            inner.put(name.getValue(), value.getValue());
                        }
                    }
                }
                result.put(((ScalarNode) outer.getKeyNode()).getValue(), inner);
            }
        });
        return result;
    }

    /** Where a top-level key's lines are, from its line's start to the end of its value's last line; none when it is not there. */
    Optional<int[]> lines(String key) {
        return at("/" + key).map(found -> {
            int start = text.lastIndexOf('\n', index(found.key().getStartMark())) + 1;
            int end = text.indexOf('\n', valueEnd(found.value()));
            return new int[] {start, end < 0 ? text.length() : end + 1};
        });
    }

    /** A value and its key; {@code inFlow} when the mapping that holds them is written {@code {…}}. */
    private record Located(Node key, Node value, boolean inFlow) {
    }

    private Optional<Located> at(String pointer) {
        Node key = null;
        Node node = root;
        boolean inFlow = false;
        for (String step : pointer.substring(1).split("/")) {
            if (node instanceof MappingNode mapping) {
                NodeTuple tuple = mapping.getValue().stream()
                        .filter(candidate -> candidate.getKeyNode() instanceof ScalarNode name && name.getValue().equals(step))
                        .findFirst().orElse(null);
                if (tuple == null) {
                    return Optional.empty();
                }
                key = tuple.getKeyNode();
                node = tuple.getValueNode();
                inFlow = mapping.getFlowStyle() == FlowStyle.FLOW;
            } else if (node instanceof SequenceNode sequence && step.matches("[0-9]+")
                    && Integer.parseInt(step) < sequence.getValue().size()) {
                node = sequence.getValue().get(Integer.parseInt(step));
                key = null;
            } else {
                return Optional.empty();
            }
        }
        return key == null ? Optional.empty() : Optional.of(new Located(key, node, inFlow));
    }

    private boolean isOneLine(ScalarNode scalar) {
        return scalar.getScalarStyle() != ScalarStyle.LITERAL && scalar.getScalarStyle() != ScalarStyle.FOLDED
                && scalar.getStartMark().orElseThrow().getLine() == scalar.getEndMark().orElseThrow().getLine();
    }

    /** Where a value ends, before the line end a block scalar takes with it. */
    private int valueEnd(Node value) {
        int end = index(value.getEndMark());
        while (end > index(value.getStartMark()) && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** A mark's place as an index into the text: the parser counts code points, a Java string counts chars. */
    private int index(Optional<Mark> mark) {
        return text.offsetByCodePoints(0, mark.orElseThrow().getIndex());
    }
}
