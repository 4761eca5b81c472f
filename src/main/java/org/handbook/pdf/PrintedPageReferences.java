package org.handbook.pdf;

import java.util.OptionalInt;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the page each cross-reference leads to into the link's own text, worded by
 * {@link PageReferenceWords} as {@link PageReferences} decided: "Section 2.1 (p. 16)". As text,
 * with the punctuation that follows the link ({@link TouchingPunctuation}), the reference is one
 * run that the engine breaks only at its spaces; given by the stylesheet, "(p." could end a line
 * with "16)" on the next, or the number end one with ")" alone below it.
 *
 * <p>The pages come from a layout of the book before the one that prints; as the numbers' own
 * widths may move a line, the layout that prints is looked at once more and any number that
 * changed is written again ({@link PdfWriter}).
 */
final class PrintedPageReferences {

    private static final String LINKS = "a." + PageReferences.OWN_PARENTHESES + "[href^=#], a."
            + PageReferences.INSIDE_PARENTHESES + "[href^=#]";
    /** The page a link's text gives, kept on the link to find and mend that text. */
    private static final String WRITTEN = "data-page";

    private PrintedPageReferences() {
    }

    /** Whether the document has a cross-reference that gives a page. */
    static boolean any(org.jsoup.nodes.Document html) {
        return html.selectFirst(LINKS) != null;
    }

    /**
     * Gives every cross-reference the page it leads to, or the page it now leads to when that
     * changed; a reference whose target was not laid out gets none, or loses the one it had.
     *
     * @param printedPage the number the page of the element with this id prints as
     * @return whether any link's text changed
     */
    static boolean write(org.jsoup.nodes.Document html, PageReferenceWords words, Function<String, OptionalInt> printedPage) {
        boolean changed = false;
        for (Element link : html.select(LINKS)) {
            OptionalInt page = printedPage.apply(link.attr("href").substring(1));
            String was = link.attr(WRITTEN);
            String now = page.isPresent() ? Integer.toString(page.getAsInt()) : "";
            if (was.equals(now)) {
                continue;
            }
            String text = page.isPresent() ? text(link, words, page.getAsInt()) : "";
            if (!was.isEmpty()) {
                replace(link, text(link, words, Integer.parseInt(was)), text);
            } else {
                TouchingPunctuation.append(link, text);
                TouchingPunctuation.takeInto(link);
            }
            link.attr(WRITTEN, now);
            changed = true;
        }
        return changed;
    }

    private static String text(Element link, PageReferenceWords words, int page) {
        return words.text(page, link.hasClass(PageReferences.INSIDE_PARENTHESES),
                link.hasClass(PageReferences.TEXT_FOLLOWS));
    }

    /** Replaces the reference written before in the link's last text, which punctuation may follow. */
    private static void replace(Element link, String written, String text) {
        Node last = link.childNode(link.childNodeSize() - 1);
        TextNode run = (TextNode) last;
        String whole = run.getWholeText();
        int at = whole.lastIndexOf(written);
        run.text(whole.substring(0, at) + text + whole.substring(at + written.length()));
    }
}
