package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.handbook.model.AnchorId;
import org.handbook.model.Diagnostics;

/**
 * Makes numbered figures of the tables that have a caption. The caption is a paragraph starting
 * with {@code Table:} right before the table, as in Pandoc, so it reads well unrendered:
 * <pre>
 * Table: What a request for evidence contains
 *
 * | Item | Why it is needed |
 * </pre>
 * Each captioned table gets an anchor made from its caption ({@code table-what-a-request-...}), or
 * the one written at its end ({@code Table: Was ein Ersuchen enthält {#table-contents}}).
 */
final class TableCaptions {

    private static final String PREFIX = "Table:";

    private TableCaptions() {
    }

    /** @param slugs the page's anchors so far, so that a table's anchor never repeats a heading's */
    static List<CaptionedTable> wrap(Node document, SourceLocator locator, HeadingSlugs slugs, Diagnostics diagnostics) {
        List<CaptionedTable> tables = new ArrayList<>();
        for (Paragraph caption : CaptionParagraphs.find(document, PREFIX)) {
            if (!(caption.getNext() instanceof TableBlock table)) {
                diagnostics.warning(locator.of(caption), "HB-TABLE-CAPTION", "this table caption has no table right after it",
                        "put the 'Table:' line directly above the table, with one blank line between them");
                continue;
            }
            CaptionParagraphs.dropPrefix(caption, PREFIX);
            String id = ChosenIds.anchor(caption, "table ", slugs, locator.of(caption), diagnostics);
            String text = PlainText.of(caption);
            tables.add(new CaptionedTable(new AnchorId(id), text, locator.of(caption)));
            FigureBlock figure = new FigureBlock("table", id);
            FigureCaption captionNode = new FigureCaption(CaptionedTable.marker(tables.size()));
            caption.insertBefore(figure);
            FigureBlock.moveChildren(caption, captionNode);
            figure.appendChild(captionNode);
            figure.appendChild(table);
            caption.unlink();
        }
        return tables;
    }
}
