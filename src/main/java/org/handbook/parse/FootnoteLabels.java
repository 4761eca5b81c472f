package org.handbook.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;

/**
 * Gives every footnote a label made only of letters, digits and underscores, because the
 * footnotes' ids ({@code fn-<label>}, {@code fnref-<label>}) are made from it: an editor's label
 * may hold quotes, colons or parentheses ({@code [^javascript:alert('x')]}), which have no place in
 * an id or an address. No hyphen, since the renderer itself adds {@code -2}, {@code -3} to the ids
 * of a note's second and later references: {@code [^x]} cited twice and {@code [^x-2]} would
 * otherwise both give {@code fnref-x-2}.
 */
final class FootnoteLabels {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Map<String, String> safeByWritten = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    private FootnoteLabels() {
    }

    static void makeSafe(Node document) {
        List<Node> footnotes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof FootnoteDefinition) {
                    footnotes.add(block);
                }
                visitChildren(block);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof FootnoteReference) {
                    footnotes.add(node);
                }
                visitChildren(node);
            }
        });
        FootnoteLabels labels = new FootnoteLabels();
        for (Node footnote : footnotes) {
            if (footnote instanceof FootnoteDefinition definition) {
                FootnoteDefinition safe = new FootnoteDefinition(labels.safe(definition.getLabel()));
                safe.setSourceSpans(definition.getSourceSpans());
                while (definition.getFirstChild() != null) {
                    safe.appendChild(definition.getFirstChild());
                }
                definition.insertBefore(safe);
                definition.unlink();
            } else if (footnote instanceof FootnoteReference reference) {
                FootnoteReference safe = new FootnoteReference(labels.safe(reference.getLabel()));
                safe.setSourceSpans(reference.getSourceSpans());
                reference.insertBefore(safe);
                reference.unlink();
            }
        }
    }

    /** A label as the footnotes extension matches it: case and runs of space do not count. */
    static String key(String label) {
        return WHITESPACE.matcher(label.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The same safe label for every spelling Markdown takes as one label. */
    private String safe(String written) {
        return safeByWritten.computeIfAbsent(key(written), this::unused);
    }

    private String unused(String key) {
        String base = HeadingSlugs.slug(key).replace('-', '_');
        String label = base;
        for (int n = 2; !taken.add(label); n++) {
            label = base + "_" + n;
        }
        return label;
    }
}
