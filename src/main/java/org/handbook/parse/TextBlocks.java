package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** Reads a page's blocks of text in order, before the page's markers are put in. */
final class TextBlocks {

    private final Map<Node, String> headingIds;
    private final boolean numbered;
    private final Optional<RawHtmlCleaner> cleaner;
    /** The labels of the footnotes the text refers to, as {@link FootnoteLabels#key} writes them. */
    private final Set<String> footnotes;
    private final List<TextBlock> blocks = new ArrayList<>();
    private int paragraphs;

    private TextBlocks(Map<Node, String> headingIds, boolean numbered, Optional<RawHtmlCleaner> cleaner,
                       Set<String> footnotes) {
        this.headingIds = headingIds;
        this.numbered = numbered;
        this.cleaner = cleaner;
        this.footnotes = footnotes;
    }

    /**
     * @param headingIds the anchors of the page's headings
     * @param numbered   whether the page numbers its paragraphs (as {@link ParagraphNumbers} does)
     * @param cleaner    how raw HTML is cleaned; empty when it is escaped, and so shown as text
     */
    static List<TextBlock> of(Node document, Map<Node, String> headingIds, boolean numbered,
                              Optional<RawHtmlCleaner> cleaner) {
        TextBlocks reader = new TextBlocks(headingIds, numbered, cleaner, referredFootnotes(document));
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            reader.topLevel(node);
        }
        return reader.blocks;
    }

    private void topLevel(Node node) {
        if (node instanceof Paragraph paragraph) {
            if (ParagraphNumbers.isPlaceholder(paragraph)) {
                return;
            }
            paragraphs++;
            add(TextBlock.Kind.PARAGRAPH, text(node), "", numbered ? paragraphs : 0);
        } else {
            block(node);
        }
    }

    private void block(Node node) {
        if (node instanceof Heading) {
            add(TextBlock.Kind.HEADING, text(node), headingIds.getOrDefault(node, ""), 0);
        } else if (node instanceof Paragraph) {
            add(TextBlock.Kind.PARAGRAPH, text(node), "", 0);
        } else if (node instanceof ListBlock) {
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    add(TextBlock.Kind.LIST_ITEM, text(item), "", 0);
                }
            }
        } else if (node instanceof BlockQuote) {
            add(TextBlock.Kind.QUOTE, text(node), "", 0);
        } else if (node instanceof FigureBlock) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof FigureCaption) {
                    add(TextBlock.Kind.CAPTION, text(child), "", 0);
                } else {
                    block(child);
                }
            }
        } else if (node instanceof TableBlock) {
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(org.commonmark.node.CustomNode custom) {
                    if (custom instanceof TableRow row) {
                        add(TextBlock.Kind.TABLE_ROW, cells(row), "", 0);
                    } else {
                        visitChildren(custom);
                    }
                }
            });
        } else if (node instanceof FencedCodeBlock code) {
            add(TextBlock.Kind.CODE, code.getLiteral().strip(), "", 0);
        } else if (node instanceof IndentedCodeBlock code) {
            add(TextBlock.Kind.CODE, code.getLiteral().strip(), "", 0);
        } else if (node instanceof FootnoteDefinition definition) {
            // The page does not show a footnote no text refers to.
            if (footnotes.contains(FootnoteLabels.key(definition.getLabel()))) {
                add(TextBlock.Kind.FOOTNOTE, text(node), "", 0);
            }
        } else if (node instanceof HtmlBlock) {
            // Escaped, raw HTML reads as a paragraph of text; cleaned, as what the cleaner keeps of it.
            add(TextBlock.Kind.PARAGRAPH, text(node), "", 0);
        }
    }

    private static Set<String> referredFootnotes(Node document) {
        Set<String> labels = new HashSet<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.CustomNode custom) {
                if (custom instanceof FootnoteReference reference) {
                    labels.add(FootnoteLabels.key(reference.getLabel()));
                }
                visitChildren(custom);
            }
        });
        return labels;
    }

    private String text(Node node) {
        return ReaderText.of(node, cleaner);
    }

    private String cells(TableRow row) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
                cells.add(text(cell));
            }
        }
        return cells.stream().collect(Collectors.joining(" | "));
    }

    private void add(TextBlock.Kind kind, String text, String anchor, int paragraph) {
        if (!text.isBlank()) {
            blocks.add(new TextBlock(kind, text, anchor, paragraph));
        }
    }
}
