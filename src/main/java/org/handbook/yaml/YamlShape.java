package org.handbook.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.handbook.text.CodePoints;
import org.handbook.text.RefusedCharacters;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * What a composed document may hold beyond being valid YAML: no more than {@link #MAX_DEPTH} levels
 * of nesting; no node inside itself (an anchor whose alias sits within it, {@code &a [*a]}, which
 * every reader of the tree would follow forever); no text holding half of a UTF-16 surrogate pair
 * (an escape such as U+D800 written with backslash-u), which no file can encode and an encoder
 * would silently turn into '?'; and no control character (an escape such as {@code "\x01"}),
 * which pages, PDFs and XML cannot hold. Control characters are left out of the tree and reported
 * each, so the rest of the document is still read; the others make it unusable.
 */
final class YamlShape {

    /** Far deeper than any handbook data (a country profile nests five levels); bounds every reader's recursion. */
    static final int MAX_DEPTH = 100;

    /** A node that breaks a rule, and what is wrong with it. */
    record Problem(Node node, String code, String message, String hint) {
    }

    /**
     * What the check found: the document to read, without its control characters, or empty when a
     * problem makes it unusable; and every problem, in the order of the document.
     */
    record Checked(Optional<Node> root, List<Problem> problems) {
    }

    private YamlShape() {
    }

    /** Walks the tree without recursion, so depth alone cannot exhaust the stack. */
    static Checked check(Node root) {
        Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Node> done = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Node, Node> cleaned = new IdentityHashMap<>();
        List<Node> collections = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Deque<Visit> stack = new ArrayDeque<>();
        int refusedTexts = 0;
        Node firstUncounted = null;
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
                return unusable(problems, new Problem(node, "HB-YAML-UNREADABLE",
                        "this YAML cannot be read: the node anchored here contains an alias to itself",
                        "an alias (*name) may only repeat a node defined before and outside it; write the value out instead"));
            }
            if (done.contains(node)) {
                continue;
            }
            if (node instanceof ScalarNode scalar) {
                Optional<String> half = unpairedSurrogate(scalar.getValue());
                if (half.isPresent()) {
                    return unusable(problems, new Problem(node, "HB-YAML-CHARACTER",
                            "this text holds " + half.get() + ", half of a UTF-16 surrogate pair, which is not a character",
                            "write the character itself, or escape the whole code point as \\U0001F600"));
                }
                Optional<Problem> refused = refusedCharacter(scalar);
                if (refused.isPresent()) {
                    // A file in another encoding can hold thousands: the first few are named, the rest counted.
                    if (refusedTexts++ < RefusedCharacters.MAX_REPORTED) {
                        problems.add(refused.get());
                    } else if (firstUncounted == null) {
                        firstUncounted = scalar;
                    }
                    cleaned.put(scalar, withoutRefusedCharacters(scalar));
                }
                done.add(node);
                continue;
            }
            onPath.add(node);
            if (onPath.size() > MAX_DEPTH) {
                return unusable(problems, new Problem(node, "HB-YAML-UNREADABLE",
                        "this YAML cannot be read: it nests more than " + MAX_DEPTH + " levels deep",
                        YamlComposer.PLAIN_YAML));
            }
            collections.add(node);
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
        if (firstUncounted != null) {
            int more = refusedTexts - RefusedCharacters.MAX_REPORTED;
            problems.add(new Problem(firstUncounted, "HB-TEXT-CONTROL-CHARACTER", more + " more text" + (more == 1 ? "" : "s")
                    + " from here on hold characters no text may hold",
                    "so many usually mean the file was saved in another encoding, such as UTF-16: save it as UTF-8"));
        }
        if (!cleaned.isEmpty()) {
            collections.forEach(collection -> replaceChildren(collection, cleaned));
        }
        return new Checked(Optional.of(cleaned.getOrDefault(root, root)), problems);
    }

    private static Checked unusable(List<Problem> found, Problem problem) {
        List<Problem> problems = new ArrayList<>(found);
        problems.add(problem);
        return new Checked(Optional.empty(), problems);
    }

    private static Optional<Problem> refusedCharacter(ScalarNode scalar) {
        return scalar.getValue().codePoints().filter(RefusedCharacters::isRefused).boxed().findFirst()
                .map(codePoint -> RefusedCharacters.isMarker(codePoint)
                        ? new Problem(scalar, "HB-TEXT-RESERVED-CHARACTER", "this text holds " + RefusedCharacters.of(codePoint).what(),
                                RefusedCharacters.of(codePoint).hint())
                        : new Problem(scalar, "HB-TEXT-CONTROL-CHARACTER",
                        "this text holds an invisible control character, " + CodePoints.name(codePoint)
                                + ": a quoted escape such as \\x01, \\0 or \\e writes one",
                        "remove it; to break a line, write the text as a block scalar (|)"));
    }

    private static ScalarNode withoutRefusedCharacters(ScalarNode scalar) {
        return new ScalarNode(scalar.getTag(), scalar.isResolved(), RefusedCharacters.without(scalar.getValue()), scalar.getScalarStyle(),
                scalar.getStartMark(), scalar.getEndMark());
    }

    private static void replaceChildren(Node collection, Map<Node, Node> cleaned) {
        if (collection instanceof SequenceNode sequence) {
            sequence.getValue().replaceAll(child -> cleaned.getOrDefault(child, child));
        } else if (collection instanceof MappingNode mapping) {
            mapping.setValue(mapping.getValue().stream()
                    .map(tuple -> new NodeTuple(cleaned.getOrDefault(tuple.getKeyNode(), tuple.getKeyNode()),
                            cleaned.getOrDefault(tuple.getValueNode(), tuple.getValueNode())))
                    .collect(Collectors.toCollection(ArrayList::new)));
        }
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
