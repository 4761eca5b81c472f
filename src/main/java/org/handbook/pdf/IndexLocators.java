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
    /** The marks an entry leads to, by id; the punctuation that followed them; the pages written, by range. */
    private static final String MARKS = "data-marks";
    private static final String AFTER = "data-after";
    private static final String WRITTEN = "data-written";

    private IndexLocators() {
    }

    /** Whether the index leads to any mark. */
    static boolean any(org.jsoup.nodes.Document html) {
        return html.selectFirst(LOCATORS + " " + MARK) != null;
    }

    /**
     * Writes each entry's pages, or writes them again where they changed since the last time: the
     * entry keeps the marks it leads to, and the punctuation taken after them, on its element.
     *
     * @param printedPage the page number a mark prints on, by its id; empty when not known
     * @return whether any entry's pages changed
     */
    static boolean number(org.jsoup.nodes.Document html, Function<String, OptionalInt> printedPage) {
        boolean changed = false;
        for (Element locators : html.select(LOCATORS)) {
            if (!locators.hasAttr(MARKS)) {
                locators.attr(MARKS, String.join(" ", locators.select(MARK).eachAttr("href")).replace("#", ""));
                locators.attr(AFTER, takePunctuationAfter(locators));
            }
            List<PageRanges.Mark> marks = new ArrayList<>();
            for (String id : locators.attr(MARKS).split(" ")) {
                printedPage.apply(id).ifPresent(page -> marks.add(new PageRanges.Mark(id, page)));
            }
            List<PageRanges.Range> ranges = PageRanges.of(marks);
            String written = String.join(", ", ranges.stream().map(range -> range.anchor() + " " + range.text()).toList());
            if (locators.hasAttr(WRITTEN) && written.equals(locators.attr(WRITTEN))) {
                continue;
            }
            changed = true;
            if (ranges.isEmpty()) {
                if (locators.nextSibling() instanceof TextNode after) {
                    after.text(locators.attr(AFTER) + after.getWholeText());
                } else {
                    locators.after(new TextNode(locators.attr(AFTER)));
                }
                withoutLocators(locators);
                continue;
            }
            locators.empty();
            Element last = null;
            for (PageRanges.Range range : ranges) {
                if (last != null) {
                    TouchingPunctuation.append(last, ",");
                    locators.appendText(" ");
                }
                last = locators.appendElement("a").addClass("index-locator").attr("href", "#" + range.anchor()).text(range.text());
            }
            TouchingPunctuation.append(last, locators.attr(AFTER));
            locators.attr(WRITTEN, written);
        }
        return changed;
    }

    /** Takes the punctuation that follows the locators ("." before a cross-reference) out of the text after them. */
    private static String takePunctuationAfter(Element locators) {
        if (locators.nextSibling() instanceof TextNode after) {
            String text = after.getWholeText();
            if (!text.isEmpty() && PUNCTUATION.indexOf(text.charAt(0)) >= 0) {
                after.text(text.substring(1));
                return text.substring(0, 1);
            }
        }
        return "";
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
