package org.handbook.search;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Splits text of a script written without spaces (Lao, Khmer, Myanmar) into words with ICU's
 * dictionaries, for a search engine that only splits at spaces. Thai is left to Pagefind, which
 * segments it itself, and better than a space-joined copy would let it.
 */
public final class WordSegmenter {

    private static final Set<String> UNSPACED_LANGUAGES = Set.of("lo", "km", "my");

    private final ULocale locale;

    private WordSegmenter(ULocale locale) {
        this.locale = locale;
    }

    /** Whether a language's text needs segmenting before Pagefind indexes it. */
    public static boolean needed(String languageTag) {
        return UNSPACED_LANGUAGES.contains(ULocale.forLanguageTag(languageTag).getLanguage());
    }

    public static WordSegmenter of(String languageTag) {
        return new WordSegmenter(ULocale.forLanguageTag(languageTag));
    }

    /**
     * The text with a space between two adjacent words when either is of an unspaced script;
     * punctuation stays where it was.
     */
    public String spaced(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        BreakIterator words = BreakIterator.getWordInstance(locale);
        words.setText(text);
        String previous = "";
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String segment = text.substring(start, end);
            if (isWord(previous) && isWord(segment) && (isUnspaced(previous) || isUnspaced(segment))) {
                out.append(' ');
            }
            out.append(segment);
            previous = segment;
        }
        return out.toString();
    }

    /** The distinct words of unspaced scripts in the text, in code point order. */
    public SortedSet<String> words(String text) {
        SortedSet<String> found = new TreeSet<>();
        BreakIterator words = BreakIterator.getWordInstance(locale);
        words.setText(text);
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String segment = text.substring(start, end);
            if (words.getRuleStatus() >= BreakIterator.WORD_LETTER && isUnspaced(segment)) {
                found.add(segment);
            }
        }
        return found;
    }

    private static boolean isWord(String segment) {
        return segment.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    static boolean isUnspaced(String segment) {
        return segment.codePoints().anyMatch(WordSegmenter::isUnspaced);
    }

    private static boolean isUnspaced(int codePoint) {
        return (codePoint >= 0x0E80 && codePoint <= 0x0EFF) // Lao
                || (codePoint >= 0x1000 && codePoint <= 0x109F) // Myanmar
                || (codePoint >= 0xAA60 && codePoint <= 0xAA7F) // Myanmar Extended-A
                || (codePoint >= 0x1780 && codePoint <= 0x17FF) // Khmer
                || (codePoint >= 0x19E0 && codePoint <= 0x19FF); // Khmer Symbols
    }
}
