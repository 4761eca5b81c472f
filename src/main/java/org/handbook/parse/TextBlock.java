package org.handbook.parse;

/**
 * One block of a page's text as a reader sees it, without markup but with the addresses its links
 * and images lead to (as {@link ReaderText} writes them): a heading (with its anchor), a
 * paragraph (with its number when the page numbers paragraphs, else 0), a list item, a quote, a
 * table caption or row, a code block or a footnote. Editions are compared block by block.
 */
public record TextBlock(Kind kind, String text, String anchor, int paragraph) {

    public enum Kind { HEADING, PARAGRAPH, LIST_ITEM, QUOTE, CAPTION, TABLE_ROW, CODE, FOOTNOTE }
}
