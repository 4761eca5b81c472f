package org.handbook.yaml;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * What a composed document may hold beyond being valid YAML: no more than {@link #MAX_DEPTH} levels
 * of nesting; no node inside itself (an anchor whose alias sits within it, {@code &a [*a]}, which
 * every reader of the tree would follow forever); and no text holding half of a UTF-16 surrogate
 * pair (an escape such as U+D800 written with backslash-u), which no file can encode and an
 * encoder would silently turn into '?'.
 */
final class YamlShape {

    /** Far deeper than any handbook data (a country profile nests five levels); bounds every reader's recursion. */
    static final int MAX_DEPTH = 100;

    /** A node that breaks a rule, and what is wrong with it. */
    record Problem(Node node, String code, String message, String hint) {
    }

    private YamlShape() {
    }

    /** Walks the tree without recursion, so depth alone cannot exhaust the stack. */
    static Optional<Problem> check(Node root) {
        Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Node> done = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Visit> stack = new ArrayDeque<>();
        stack.push(new Visit(root, false));
        while (!stack.isEmpty()) {
            Visit visit = stack.pop();
            Node node = visit.node();
            if (visit.leaving()) {
                onPath.remove(node);
                done.add(node);
                continue;
            }
            if (onPath.contains(node)) {
                return Optional.of(new Problem(node, "HB-YAML-UNREADABLE",
                        "this YAML cannot be read: the node anchored here contains an alias to itself",
                        "an alias (*name) may only repeat a node defined before and outside it; write the value out instead"));
            }
            if (done.contains(node)) {
                continue;
            }
            if (node instanceof ScalarNode scalar) {
                Optional<String> half = unpairedSurrogate(scalar.getValue());
                if (half.isPresent()) {
                    return Optional.of(new Problem(node, "HB-YAML-CHARACTER",
                            "this text holds " + half.get() + ", half of a UTF-16 surrogate pair, which is not a character",
                            "write the character itself, or escape the whole code point as \\U0001F600"));
                }
                done.add(node);
                continue;
            }
            onPath.add(node);
            if (onPath.size() > MAX_DEPTH) {
                return Optional.of(new Problem(node, "HB-YAML-UNREADABLE",
                        "this YAML cannot be read: it nests more than " + MAX_DEPTH + " levels deep",
                        YamlComposer.PLAIN_YAML));
            }
            stack.push(new Visit(node, true));
            if (node instanceof SequenceNode sequence) {
                List<Node> children = sequence.getValue();
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(new Visit(children.get(i), false));
                }
            } else if (node instanceof MappingNode mapping) {
                List<NodeTuple> tuples = mapping.getValue();
                for (int i = tuples.size() - 1; i >= 0; i--) {
                    stack.push(new Visit(tuples.get(i).getValueNode(), false));
                    stack.push(new Visit(tuples.get(i).getKeyNode(), false));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format("\\u%04X", (int) c));
            }
        }
        return Optional.empty();
    }

    private record Visit(Node node, boolean leaving) {
    }
}
