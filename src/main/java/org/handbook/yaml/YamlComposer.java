package org.handbook.yaml;

import java.nio.file.Path;
import java.util.Optional;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/** Turns YAML text into a {@link YamlNode} tree, or into diagnostics when it is not valid YAML. */
public final class YamlComposer {

    /** Generous for handbook data, small enough that a hostile file cannot exhaust memory. */
    private static final int MAX_CODE_POINTS = 1024 * 1024;
    private static final int MAX_ALIASES = 50;
    /** What to do about YAML that cannot be read at all. */
    static final String PLAIN_YAML = "keep to plain YAML: text keys, shallow nesting, few aliases, files under 1 MB";

    private YamlComposer() {
    }

    /**
     * Composes one YAML document. An empty document gives an empty result and no diagnostic; a
     * broken one gives an empty result and an error at the place the parser stopped. A text holding
     * a control character is reported at its place and read without it, so the caller can go on
     * checking the rest: the error alone keeps the build from publishing.
     */
    public static Optional<YamlNode> compose(Path file, String text, int firstLine, Diagnostics diagnostics) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setCodePointLimit(MAX_CODE_POINTS)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(false)
                .build();
        try {
            Optional<Node> composed = new Compose(settings).composeString(text);
            if (composed.isEmpty()) {
                return Optional.empty();
            }
            YamlShape.Checked checked = YamlShape.check(composed.get());
            for (YamlShape.Problem problem : checked.problems()) {
                diagnostics.error(positionOf(file, firstLine, problem.node().getStartMark()), problem.code(), problem.message(),
                        problem.hint());
            }
            return checked.root().map(node -> new YamlNode(node, file, firstLine));
        } catch (MarkedYamlEngineException e) {
            YamlSyntaxErrors.Explained explained = YamlSyntaxErrors.explain(e);
            diagnostics.error(positionOf(file, firstLine, explained.at()), "HB-YAML-SYNTAX", explained.message(), explained.hint());
        } catch (RuntimeException | StackOverflowError e) {
            // The parser throws more than its own exception type on some hostile inputs.
            diagnostics.error(SourcePosition.of(file, firstLine, 1), "HB-YAML-UNREADABLE",
                    "this YAML cannot be read: " + (e instanceof StackOverflowError ? "it nests too deeply"
                            : oneLine(e.getMessage())),
                    PLAIN_YAML);
        }
        return Optional.empty();
    }

    private static SourcePosition positionOf(Path file, int firstLine, Optional<Mark> mark) {
        return mark.map(found -> SourcePosition.of(file, firstLine + found.getLine(), found.getColumn() + 1))
                .orElse(SourcePosition.of(file, firstLine, 1));
    }

    private static String oneLine(String text) {
        if (text == null || text.isBlank()) {
            return "unknown problem";
        }
        return text.strip().replaceAll("\\s+", " ");
    }
}
