package org.handbook.yaml;

import java.nio.file.Path;
import java.util.List;
import org.handbook.model.SourcePosition;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One node of a composed YAML document, with the file it came from. {@code firstLine} is the
 * 1-based line of the file on which the YAML text starts (front matter starts after its fence).
 */
public record YamlNode(Node node, Path file, int firstLine) {

    public SourcePosition position() {
        return node.getStartMark()
                .map(mark -> SourcePosition.of(file, firstLine + mark.getLine(), mark.getColumn() + 1))
                .orElse(SourcePosition.of(file, firstLine, 1));
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean isSequence() {
        return node instanceof SequenceNode;
    }

    /** True for an empty value or an explicit {@code null} / {@code ~}. */
    public boolean isNull() {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag()) && scalar.isPlain();
    }

    /** The scalar's text exactly as written (after YAML unquoting). */
    public String text() {
        return ((ScalarNode) node).getValue();
    }

    public List<YamlNode> items() {
        return ((SequenceNode) node).getValue().stream().map(this::wrap).toList();
    }

    List<NodeTuple> tuples() {
        return ((MappingNode) node).getValue();
    }

    YamlNode wrap(Node child) {
        return new YamlNode(child, file, firstLine);
    }

    /** What the node is, in the words a diagnostic uses ("a list", "a mapping", "text"). */
    public String describe() {
        if (isMapping()) {
            return "a mapping";
        }
        if (isSequence()) {
            return "a list";
        }
        return isNull() ? "empty" : "text";
    }
}
