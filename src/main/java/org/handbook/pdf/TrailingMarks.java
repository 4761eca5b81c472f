package org.handbook.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Keeps what trails a word on the word's line: footnote marks, and the punctuation after a mark
 * or after an inline element (emphasis, code, a link). The print engine fits each inline element
 * on its own: where a word ends a line exactly, a mark after it goes to the next line alone
 * ("recorded / ¹⁵. For most"), and so does a comma after an emphasised word. So the word (or the
 * element) gets room at its end for what trails it, as padding, which what trails takes back with
 * a negative margin as wide: the line is set as before, but the word goes to the next line
 * whenever what trails it would not fit after it. The margin goes on the element that holds the
 * text (the mark's link, the punctuation's own span), as the engine gives an element's margin
 * back to the line only there.
 */
final class TrailingMarks {

    /** The size of a mark against the text's: the print template sets {@code sup} at 70 %. */
    private static final double MARK_SIZE = 0.7;
    /** A mark's figure: about 0.57 em of the mark's own size in the print fonts. */
    private static final double FIGURE = 0.6 * MARK_SIZE;
    /** A full stop, comma or bracket, at most. */
    private static final double PUNCTUATION = 0.35;
    /** A space after punctuation: the engine measures the first piece of a text with the space that ends it. */
    private static final double SPACE = 0.3;
    /** Inline elements whose punctuation is kept with them; a date and a page reference hold theirs ({@link TouchingPunctuation}). */
    private static final Set<String> INLINE = Set.of("em", "strong", "i", "b", "code", "a", "abbr", "cite", "q", "span", "kbd", "samp", "var");

    private TrailingMarks() {
    }

    static void keepWithWords(Element root) {
        for (Element mark : root.select("sup.footnote-ref")) {
            keepWithWord(mark);
        }
        for (Element element : root.select(String.join(", ", INLINE))) {
            if (!TouchingPunctuation.closingAfter(element).isEmpty()
                    && !element.is("a.xref-page, a.xref-page-bare, span.before-mark")) {
                makeRoom(element);
            }
        }
    }

    /** Gives the word before a run of footnote marks room for them and the punctuation after them. */
    private static void keepWithWord(Element mark) {
        if (!(mark.previousSibling() instanceof TextNode before)) {
            // Not after a word, or after another mark, which took it along.
            return;
        }
        String text = before.getWholeText();
        if (text.isEmpty() || Character.isWhitespace(text.codePointBefore(text.length()))) {
            return;
        }
        List<Element> marks = new ArrayList<>(List.of(mark));
        while (marks.get(marks.size() - 1).nextSibling() instanceof Element next && next.is("sup.footnote-ref")) {
            marks.add(next);
        }
        int figures = marks.stream().mapToInt(each -> each.text().length()).sum();
        double room = FIGURE * figures + punctuationRoom(marks.get(marks.size() - 1));
        BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
        breaks.setText(text);
        int start = Math.max(0, breaks.preceding(text.length()));
        before.text(text.substring(0, start));
        before.after(new Element("span").addClass("before-mark").attr("style", "padding-right: " + em(room))
                .appendText(text.substring(start)));
        Element holder = mark.children().isEmpty() ? mark : mark.child(0);
        addStyle(holder, "margin-left: -" + em(room / MARK_SIZE));
    }

    /** Gives an element room for the punctuation right after it, which takes it back. */
    private static void makeRoom(Element element) {
        String room = em(punctuationRoom(element));
        int punctuation = TouchingPunctuation.closingAfter(element).length();
        addStyle(element, "padding-right: " + room);
        TextNode after = (TextNode) element.nextSibling();
        String text = after.getWholeText();
        after.text(text.substring(punctuation));
        after.before(new Element("span").addClass("after-element").attr("style", "margin-left: -" + room)
                .appendText(text.substring(0, punctuation)));
    }

    private static void addStyle(Element element, String declaration) {
        String style = element.attr("style");
        element.attr("style", (style.isEmpty() ? "" : style + "; ") + declaration);
    }

    private static String em(double value) {
        return String.format(Locale.ROOT, "%.2fem", value);
    }

    /** The room the punctuation right after an element takes, with the space after it. */
    private static double punctuationRoom(Element element) {
        int count = TouchingPunctuation.closingAfter(element).length();
        if (count == 0) {
            return 0;
        }
        String after = ((TextNode) element.nextSibling()).getWholeText();
        return PUNCTUATION * count + (after.length() > count && Character.isWhitespace(after.charAt(count)) ? SPACE : 0);
    }
}
