package org.handbook.parse;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.jsoup.Jsoup;

/**
 * Everything a reader sees in a block, or can follow from it, as one line of text for comparing
 * editions: its words; raw HTML as the page shows it (as text, when the handbook escapes it); each
 * footnote reference as {@code [*]}, since its number follows from the notes before it and a
 * note inserted early would otherwise change every paragraph after it (the note's own text is
 * compared as a block of its own); and after the text of each link and image its
 * address in angle brackets ({@code treaties <https://treaties.example/>}), with its title when
 * it has one. A link whose text is its address (an autolink) shows it once. Cross-references are
 * shown as written ({@code <xref:extradition>}), not with the title they are given later: that
 * title changes only when its target does, which is compared where it is. A task's box is shown as
 * written too ({@code [x]}, {@code [ ]}), so that ticking it is a change.
 *
 * <p>An address never holds a space or an angle bracket ({@link #address} encodes them), so
 * {@code <…>} without either inside is one unit, which the word-level redline keeps whole.
 */
final class ReaderText extends PlainText {

    private static final String HEX = "0123456789ABCDEF";

    /** When raw HTML is cleaned, what the cleaner keeps; empty when raw HTML is escaped, shown as written. */
    private final Optional<RawHtmlCleaner> cleaner;
    private ReaderText(Optional<RawHtmlCleaner> cleaner) {
        this.cleaner = cleaner;
    }

    static String of(Node node, Optional<RawHtmlCleaner> cleaner) {
        return new ReaderText(cleaner).read(node);
    }


    /**
     * An address as one unit of text: the characters that would end it in a line of text (spaces,
     * angle brackets, controls) percent-encoded, as a browser would send them.
     */
    static String address(String destination) {
        StringBuilder encoded = new StringBuilder();
        destination.codePoints().forEach(c -> {
            if (c == '<' || c == '>' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
                    encoded.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
                }
            } else {
                encoded.appendCodePoint(c);
            }
        });
        return encoded.toString();
    }

    @Override
    public void visit(HtmlInline node) {
        // Cleaned, a tag shows nothing of itself: the text between tags is read as text.
        if (cleaner.isEmpty()) {
            text.append(node.getLiteral());
        }
    }

    @Override
    public void visit(HtmlBlock node) {
        text.append(' ').append(cleaner.map(allowed -> Jsoup.parseBodyFragment(allowed.clean(node.getLiteral())).text())
                .orElse(node.getLiteral())).append(' ');
    }

    @Override
    public void visit(Link link) {
        String destination = link.getDestination();
        if (IndexMarks.isMark(destination) || AuthorityMarks.isMark(destination)) {
            // A subject-index or authority mark is no link: the reader sees its text only.
            visitChildren(link);
            return;
        }
        int start = text.length();
        visitChildren(link);
        String shown = text.substring(start).strip();
        if (!shown.equals(destination) || link.getTitle() != null && !link.getTitle().isEmpty()) {
            target(destination, link.getTitle());
        }
    }

    @Override
    public void visit(Image image) {
        visitChildren(image);
        target(image.getDestination(), image.getTitle());
    }

    @Override
    public void visit(CustomNode node) {
        if (node instanceof FootnoteReference) {
            text.append("[*]");
        } else if (node instanceof TaskListItemMarker box) {
            text.append(box.isChecked() ? "[x] " : "[ ] ");
        } else {
            visitChildren(node);
        }
    }

    private void target(String destination, String title) {
        text.append(" <").append(address(destination)).append('>');
        if (title != null && !title.isEmpty()) {
            text.append(" \"").append(title).append('"');
        }
    }
}
