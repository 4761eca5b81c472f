package org.handbook.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.handbook.parse.CountryTable;

/**
 * Cuts a chapter's Markdown into the blocks a translator translates one at a time, each with the
 * syntax in it marked off from its words: code, footnote marks, line breaks, raw HTML and links
 * and images that hold no words stand alone; emphasis, strikethrough, links around words and an
 * image's description (its alt text) are pairs of markers. A heading's {@code {#id}}, a caption's {@code Table:} and a callout's
 * {@code [!NOTE]} are syntax too. Code blocks, raw HTML blocks and comments are not translated, but
 * for a country table's caption.
 * Positions come from the parser's source spans, so every piece is the chapter's own text.
 */
final class ChapterBlocks {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create(),
                    FootnotesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern HEADING_ID = Pattern.compile("\\s*\\{#[^}]*\\}\\s*$");
    private static final Pattern CAPTION = Pattern.compile("caption:[ \\t]+(\\S.*?)[ \\t]*");
    private static final Pattern LEADING_SYNTAX = Pattern.compile("^(?:(?:Table|Figure):\\s*|\\[![A-Za-z]+\\]\\s*)");

    private final String body;
    private final int firstLine;
    private final List<BlockUnit> units = new ArrayList<>();

    private ChapterBlocks(String body, int firstLine) {
        this.body = body;
        this.firstLine = firstLine;
    }

    /**
     * @param body      the chapter's Markdown after its front matter
     * @param firstLine the line of the file the body starts on, for each block's line
     */
    static List<BlockUnit> of(String body, int firstLine) {
        ChapterBlocks blocks = new ChapterBlocks(body, firstLine);
        PARSER.parse(body).accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                blocks.add(paragraph);
            }

            @Override
            public void visit(Heading heading) {
                blocks.add(heading);
            }

            @Override
            public void visit(FencedCodeBlock block) {
                if (block.getInfo() != null && block.getInfo().strip().equals(CountryTable.INFO)) {
                    blocks.addCaption(block);
                }
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableCell) {
                    blocks.add(node);
                } else {
                    visitChildren(node);
                }
            }
        });
        return blocks.units;
    }

    private void add(Node block) {
        if (block.getFirstChild() == null || block.getSourceSpans().isEmpty()) {
            return;
        }
        // The syntax inside the block, by where it starts: what it is, and where it ends.
        TreeMap<Integer, int[]> syntax = new TreeMap<>();
        int[] pairs = {0};
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            mark(child, syntax, pairs);
        }
        int start = start(block.getFirstChild());
        int end = end(block.getLastChild());
        if (start < 0 || end <= start) {
            return;
        }
        List<InlinePiece> pieces = new ArrayList<>();
        List<SourceSpan> lines = block.getSourceSpans();
        for (int i = 0; i < lines.size(); i++) {
            int from = Math.max(start, lines.get(i).getInputIndex());
            int to = Math.min(end, lines.get(i).getInputIndex() + lines.get(i).getLength());
            if (i > 0) {
                // The words run on over the line end; what begins the next line (a quote's '>') stays with the block.
                pieces.add(new InlinePiece.Standalone(body.substring(lines.get(i - 1).getInputIndex()
                        + lines.get(i - 1).getLength(), from)));
            }
            cut(from, to, syntax, pieces);
        }
        int first = Math.max(start, lines.get(0).getInputIndex());
        int last = Math.min(end, lines.get(lines.size() - 1).getInputIndex() + lines.get(lines.size() - 1).getLength());
        units.add(new BlockUnit(firstLine + lines.get(0).getLineIndex(), first, last, trimmed(pieces, block instanceof Heading)));
    }

    /** A country table's caption, on a line of its own: its value is words, the key and any quotes are not. */
    private void addCaption(FencedCodeBlock block) {
        for (SourceSpan line : block.getSourceSpans()) {
            String text = body.substring(line.getInputIndex(), line.getInputIndex() + line.getLength());
            Matcher caption = CAPTION.matcher(text);
            String value = caption.matches() ? StringsFile.read(text) : "";
            if (!value.isBlank()) {
                int start = line.getInputIndex() + caption.start(1);
                units.add(new BlockUnit(firstLine + line.getLineIndex(), start, start + caption.group(1).length(),
                        List.of(new InlinePiece.Text(value)), true));
            }
        }
    }

    /**
     * A text of inline Markdown (a title, a profile's note) in pieces: one block's, when the text is
     * one block from end to end, else the whole text as words.
     */
    static List<InlinePiece> inline(String markdown) {
        List<BlockUnit> blocks = of(markdown, 1);
        return blocks.size() == 1 && blocks.get(0).start() == 0 && blocks.get(0).end() == markdown.length()
                ? blocks.get(0).pieces() : List.of(new InlinePiece.Text(markdown));
    }

    /** Records the syntax of {@code node} and of the inline nodes inside it. */
    private void mark(Node node, TreeMap<Integer, int[]> syntax, int[] pairs) {
        int start = start(node);
        int end = end(node);
        if (start < 0) {
            return;
        }
        boolean words = node.getFirstChild() != null && !(node instanceof Code);
        if (node instanceof Code || node instanceof HtmlInline || node instanceof FootnoteReference
                || node instanceof HardLineBreak || node instanceof Image && !words
                || node instanceof Link && (!words || isBareAddress((Link) node))) {
            syntax.put(start, new int[] {end, -1});
            return;
        }
        if (node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Strikethrough || node instanceof Link
                || node instanceof Image) {
            int inner = start(node.getFirstChild());
            int innerEnd = end(node.getLastChild());
            if (inner > start && innerEnd >= inner && innerEnd < end) {
                int pair = ++pairs[0];
                syntax.put(start, new int[] {inner, pair});
                syntax.put(innerEnd, new int[] {end, -2 - pair});
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            mark(child, syntax, pairs);
        }
    }

    /** An address written as its own link text ({@code <https://…>}, a bare address): no words to translate. */
    private static boolean isBareAddress(Link link) {
        return link.getFirstChild() instanceof org.commonmark.node.Text text && link.getFirstChild() == link.getLastChild()
                && link.getDestination().endsWith(text.getLiteral());
    }

    /** The text from {@code from} to {@code to}, cut at the syntax in it. */
    private void cut(int from, int to, TreeMap<Integer, int[]> syntax, List<InlinePiece> pieces) {
        int at = from;
        while (at < to) {
            var next = syntax.ceilingEntry(at);
            if (next == null || next.getKey() >= to) {
                pieces.add(new InlinePiece.Text(body.substring(at, to)));
                return;
            }
            if (next.getKey() > at) {
                pieces.add(new InlinePiece.Text(body.substring(at, next.getKey())));
            }
            int end = Math.min(next.getValue()[0], to);
            String original = body.substring(next.getKey(), end);
            int kind = next.getValue()[1];
            pieces.add(kind == -1 ? new InlinePiece.Standalone(original)
                    : kind > 0 ? new InlinePiece.Opening(kind, original) : new InlinePiece.Closing(-2 - kind, original));
            at = Math.max(end, at + 1);
        }
    }

    /** The pieces with a heading's {@code {#id}} and a leading caption or callout marker taken out of the words. */
    private static List<InlinePiece> trimmed(List<InlinePiece> pieces, boolean heading) {
        List<InlinePiece> result = new ArrayList<>(pieces);
        if (!result.isEmpty() && result.get(0) instanceof InlinePiece.Text first) {
            Matcher leading = LEADING_SYNTAX.matcher(first.text());
            if (leading.find() && leading.end() > 0) {
                result.set(0, new InlinePiece.Text(first.text().substring(leading.end())));
                result.add(0, new InlinePiece.Standalone(leading.group()));
            }
        }
        int last = result.size() - 1;
        if (last >= 0 && result.get(last) instanceof InlinePiece.Text end) {
            Matcher id = HEADING_ID.matcher(end.text());
            if (id.find() && (heading || end.text().contains("{#"))) {
                result.set(last, new InlinePiece.Text(end.text().substring(0, id.start())));
                result.add(new InlinePiece.Standalone(id.group()));
            }
        }
        result.removeIf(piece -> piece instanceof InlinePiece.Text text && text.text().isEmpty());
        return wellNested(result);
    }

    /**
     * The pieces with every pair of markers opened and closed in order; a marker whose pair crosses
     * another or is cut off (delimiters the parser shares between two runs) stands alone instead.
     */
    private static List<InlinePiece> wellNested(List<InlinePiece> pieces) {
        List<InlinePiece> result = new ArrayList<>(pieces);
        java.util.Deque<Integer> open = new java.util.ArrayDeque<>();
        java.util.Set<Integer> broken = new java.util.HashSet<>();
        java.util.Set<Integer> closed = new java.util.HashSet<>();
        for (InlinePiece piece : result) {
            if (piece instanceof InlinePiece.Opening opening) {
                open.push(opening.pair());
            } else if (piece instanceof InlinePiece.Closing closing) {
                if (!open.isEmpty() && open.peek() == closing.pair()) {
                    open.pop();
                    closed.add(closing.pair());
                } else {
                    broken.add(closing.pair());
                }
            }
        }
        broken.addAll(open);
        result.replaceAll(piece -> piece instanceof InlinePiece.Opening opening && (broken.contains(opening.pair())
                || !closed.contains(opening.pair()))
                || piece instanceof InlinePiece.Closing closing && broken.contains(closing.pair())
                ? new InlinePiece.Standalone(piece.original()) : piece);
        return result;
    }

    /** Whether a piece is a heading's {@code {#id}}. */
    static boolean isHeadingId(InlinePiece piece) {
        return piece instanceof InlinePiece.Standalone && HEADING_ID.matcher(piece.original()).matches();
    }

    private static int start(Node node) {
        return node == null || node.getSourceSpans().isEmpty() ? -1 : node.getSourceSpans().get(0).getInputIndex();
    }

    private static int end(Node node) {
        if (node == null || node.getSourceSpans().isEmpty()) {
            return -1;
        }
        SourceSpan last = node.getSourceSpans().get(node.getSourceSpans().size() - 1);
        return last.getInputIndex() + last.getLength();
    }
}
