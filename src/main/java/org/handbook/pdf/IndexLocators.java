package org.handbook.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the subject index's page numbers into the document as text, the way
 * {@link PageRanges} says an index prints them, which needs the pages known before the index is
 * laid out. The template gives each entry its marks as links with no text
 * ({@code <span class="locators"><a class="locator" href="#mark">}); each becomes a link to the
 * first mark on its page or range. A mark whose page is not known (it was not laid out) is left
 * out, as no page can be named for it.
 *
 * <p>The engine may start a line at the end of an element, even before a comma, so the
 * punctuation after a number goes inside its link: "17," and, before a cross-reference, "59.".
 */
final class IndexLocators {

    private static final String LOCATORS = "span.locators";
    private static final String MARK = "a.locator[href^=#]";
    private static final String PUNCTUATION = ".,;:";

    private IndexLocators() {
    }

    /** Whether the index leads to any mark. */
    static boolean any(org.jsoup.nodes.Document html) {
        return html.selectFirst(LOCATORS + " " + MARK) != null;
    }

    /** @param printedPage the page number a mark prints on, by its id; empty when not known */
    static void number(org.jsoup.nodes.Document html, Function<String, OptionalInt> printedPage) {
        for (Element locators : html.select(LOCATORS)) {
            List<PageRanges.Mark> marks = new ArrayList<>();
            for (Element link : locators.select(MARK)) {
                String id = link.attr("href").substring(1);
                printedPage.apply(id).ifPresent(page -> marks.add(new PageRanges.Mark(id, page)));
            }
            List<PageRanges.Range> ranges = PageRanges.of(marks);
            if (ranges.isEmpty()) {
                withoutLocators(locators);
                continue;
            }
            locators.empty();
            Element last = null;
            for (PageRanges.Range range : ranges) {
                if (last != null) {
                    append(last, ",");
                    locators.appendText(" ");
                }
                last = locators.appendElement("a").addClass("index-locator").attr("href", "#" + range.anchor()).text(range.text());
            }
            takePunctuationAfter(locators, last);
        }
    }

    /** Moves the punctuation that follows the locators ("." before a cross-reference) into the last one. */
    private static void takePunctuationAfter(Element locators, Element last) {
        if (locators.nextSibling() instanceof TextNode after) {
            String text = after.getWholeText();
            if (!text.isEmpty() && PUNCTUATION.indexOf(text.charAt(0)) >= 0) {
                append(last, text.substring(0, 1));
                after.text(text.substring(1));
            }
        }
    }

    /** Adds to a link's text in the same text node: the engine may break a line between two. */
    private static void append(Element link, String punctuation) {
        link.text(link.text() + punctuation);
    }

    /** Removes an entry's locators when none has a page, with the comma that led to them. */
    private static void withoutLocators(Element locators) {
        Node before = locators.previousSibling();
        if (before instanceof TextNode text && text.getWholeText().endsWith(", ")) {
            String whole = text.getWholeText();
            text.text(whole.substring(0, whole.length() - 2));
        }
        locators.remove();
    }
}
