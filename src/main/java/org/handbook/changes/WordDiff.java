package org.handbook.changes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.changes.EditionChanges.Span;

/**
 * Compares two texts word by word, as a reader compares them: words found by ICU's word breaks
 * (so Thai, Lao, Khmer and Myanmar text, written without spaces, splits into words too) and
 * punctuation, each word with the spaces before it: a space alone never counts as unchanged
 * between two changed words, which would cut the redline into pieces. An address in angle
 * brackets is one word.
 */
final class WordDiff {

    /**
     * An address as the text of a block shows it, or a tag of raw HTML shown as text: one unit,
     * so that a changed address reads as the old one deleted and the new one inserted, not as
     * pieces of both.
     */
    private static final Pattern ADDRESS = Pattern.compile("<[^<>\\s]+>");

    private final ULocale locale;

    WordDiff(ULocale locale) {
        this.locale = locale;
    }

    List<Span> spans(String before, String now) {
        List<String> old = words(before);
        List<String> current = words(now);
        Patch<String> patch = DiffUtils.diff(old, current);
        List<Span> spans = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            add(spans, Span.Type.SAME, old.subList(at, delta.getSource().getPosition()));
            add(spans, Span.Type.DELETED, delta.getSource().getLines());
            add(spans, Span.Type.INSERTED, delta.getTarget().getLines());
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(spans, Span.Type.SAME, old.subList(at, old.size()));
        return spans;
    }

    private List<String> words(String text) {
        List<String> pieces = new ArrayList<>();
        Matcher address = ADDRESS.matcher(text);
        int at = 0;
        while (address.find()) {
            breakIntoWords(text.substring(at, address.start()), pieces);
            pieces.add(address.group());
            at = address.end();
        }
        breakIntoWords(text.substring(at), pieces);
        List<String> words = new ArrayList<>();
        String space = "";
        for (String piece : pieces) {
            if (piece.isBlank()) {
                space += piece;
            } else {
                words.add(space + piece);
                space = "";
            }
        }
        if (!space.isEmpty()) {
            words.add(space);
        }
        return words;
    }

    private void breakIntoWords(String text, List<String> pieces) {
        BreakIterator breaks = BreakIterator.getWordInstance(locale);
        breaks.setText(text);
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            pieces.add(text.substring(start, end));
        }
    }

    /** Adds the words as one span, joined to the span before it when that is of the same type. */
    private static void add(List<Span> spans, Span.Type type, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        if (!spans.isEmpty() && spans.get(spans.size() - 1).type() == type) {
            Span last = spans.remove(spans.size() - 1);
            text = last.text() + text;
        }
        spans.add(new Span(type, text));
    }
}
