package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.handbook.model.Diagnostics;
import org.handbook.yaml.Spelling;

/**
 * Makes callouts of the block quotes that open with GitHub's alert marker, alone on the quote's
 * first line and in any case, so that a chapter reads the same in a pull request as on the site:
 * <pre>
 * &gt; [!WARNING]
 * &gt; A request sent through the wrong channel is returned unread.
 * </pre>
 * Any other quote stays a quote as written. One that looks meant for a callout (a marker of an
 * unknown kind, text after the marker, nothing after it) is reported.
 *
 * <p>It runs last, on a page whose other marks are in place, so that every other reading of the
 * page (its numbered paragraphs, captions, index marks, the text editions are compared by) sees
 * the block quote the Markdown holds.
 */
final class Callouts extends AbstractVisitor {

    /** The kinds, in GitHub's order and spelling (lower case). */
    static final List<String> KINDS = List.of("note", "tip", "important", "warning", "caution");
    static final String CODE = "HB-MD-CALLOUT";

    private static final Pattern MARKER = Pattern.compile("\\[!([A-Za-z][A-Za-z-]*)\\]");

    private final SourceLocator locator;
    private final Diagnostics diagnostics;
    private final List<BlockQuote> quotes = new ArrayList<>();

    private Callouts(SourceLocator locator, Diagnostics diagnostics) {
        this.locator = locator;
        this.diagnostics = diagnostics;
    }

    /** Replaces each callout's block quote in {@code document} by a {@link Callout} holding its blocks. */
    static void replace(Node document, SourceLocator locator, Diagnostics diagnostics) {
        Callouts finder = new Callouts(locator, diagnostics);
        document.accept(finder);
        finder.quotes.forEach(finder::read);
    }

    @Override
    public void visit(BlockQuote quote) {
        quotes.add(quote);
        visitChildren(quote);
    }

    private void read(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph first) || !(first.getFirstChild() instanceof Text text)) {
            return;
        }
        Matcher marker = MARKER.matcher(text.getLiteral());
        if (!marker.lookingAt()) {
            return;
        }
        String written = marker.group();
        String kind = marker.group(1).toLowerCase(Locale.ROOT);
        Node next = text.getNext();
        boolean alone = marker.end() == text.getLiteral().length()
                && (next == null || next instanceof SoftLineBreak || next instanceof HardLineBreak);
        if (!KINDS.contains(kind)) {
            String kinds = String.join(", ", KINDS.stream().map(Callouts::marker).toList());
            diagnostics.warning(locator.of(text), CODE, written + " is not a kind of callout, so this is shown as a quote",
                    Spelling.nearest(kind, KINDS).map(near -> "did you mean " + marker(near) + "? ").orElse("")
                            + "the kinds are " + kinds);
        } else if (!alone) {
            diagnostics.warning(locator.of(text), CODE, "a callout's marker stands alone on the quote's first line;"
                            + " with text after it, this is shown as a quote, " + written + " and all",
                    "start the callout's text on the next line, with '>' before it too");
        } else if (next == null && first.getNext() == null) {
            diagnostics.warning(locator.of(text), CODE, "this " + written + " callout has nothing in it, so it is shown as a quote",
                    "write its text on the lines after the marker, each starting with '>'");
        } else {
            replace(quote, first, text, kind);
        }
    }

    private static void replace(BlockQuote quote, Paragraph first, Text text, String kind) {
        Node lineBreak = text.getNext();
        text.unlink();
        if (lineBreak != null) {
            lineBreak.unlink();
        }
        if (first.getFirstChild() == null) {
            first.unlink();
        }
        Callout callout = new Callout(kind);
        callout.setSourceSpans(quote.getSourceSpans());
        for (Node child = quote.getFirstChild(); child != null; ) {
            Node following = child.getNext();
            callout.appendChild(child);
            child = following;
        }
        quote.insertBefore(callout);
        quote.unlink();
    }

    private static String marker(String kind) {
        return "[!" + kind.toUpperCase(Locale.ROOT) + "]";
    }
}
