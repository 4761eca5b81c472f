package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** Reads a page's blocks of text in order, before the page's markers are put in. */
final class TextBlocks {

    private final Map<Node, String> headingIds;
    private final boolean numbered;
    private final List<TextBlock> blocks = new ArrayList<>();
    private int paragraphs;

    private TextBlocks(Map<Node, String> headingIds, boolean numbered) {
        this.headingIds = headingIds;
        this.numbered = numbered;
    }

    /**
     * @param headingIds the anchors of the page's headings
     * @param numbered   whether the page numbers its paragraphs (as {@link ParagraphNumbers} does)
     */
    static List<TextBlock> of(Node document, Map<Node, String> headingIds, boolean numbered) {
        TextBlocks reader = new TextBlocks(headingIds, numbered);
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
            add(TextBlock.Kind.PARAGRAPH, PlainText.of(node), "", numbered ? paragraphs : 0);
        } else {
            block(node);
        }
    }

    private void block(Node node) {
        if (node instanceof Heading) {
            add(TextBlock.Kind.HEADING, PlainText.of(node), headingIds.getOrDefault(node, ""), 0);
        } else if (node instanceof Paragraph) {
            add(TextBlock.Kind.PARAGRAPH, PlainText.of(node), "", 0);
        } else if (node instanceof ListBlock) {
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    add(TextBlock.Kind.LIST_ITEM, PlainText.of(item), "", 0);
                }
            }
        } else if (node instanceof BlockQuote) {
            add(TextBlock.Kind.QUOTE, PlainText.of(node), "", 0);
        } else if (node instanceof TableFigure) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof TableCaption) {
                    add(TextBlock.Kind.CAPTION, PlainText.of(child), "", 0);
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
        } else if (node instanceof FootnoteDefinition) {
            add(TextBlock.Kind.FOOTNOTE, PlainText.of(node), "", 0);
        }
    }

    private static String cells(TableRow row) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
                cells.add(PlainText.of(cell));
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
