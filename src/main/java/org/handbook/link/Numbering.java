package org.handbook.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbook.model.PageKind;
import org.handbook.parse.Heading;
import org.handbook.parse.ParsedPage;

/**
 * Numbers a book the way handbooks are cited: chapters 1, 2, 3 in reading order, running on from
 * one part to the next, annexes A, B, C, parts I, II, III, and sections below their page (4.2,
 * 4.2.1; A.1), as deep as the handbook asks.
 *
 * <p>A sub-chapter is numbered as a section of its chapter on a page of its own: after the
 * chapter's own sections, so that no number is given twice (a chapter with sections 4.1 and 4.2
 * has sub-chapters 4.3, 4.4; one without, 4.1, 4.2). Its sections are one level deeper (4.3.1),
 * and count against {@code numbering.depth} as such.
 */
final class Numbering {

    private final int depth;
    private int chapters;
    private int annexes;
    private int parts;
    /** The last number given below each chapter, by the chapter's number. */
    private final Map<String, Integer> below = new HashMap<>();

    Numbering(int depth) {
        this.depth = depth;
    }

    /** The page's own number, counting it; empty when numbering is off. */
    Optional<String> next(ParsedPage page) {
        return next(page, Optional.empty());
    }

    /**
     * The page's own number, counting it; empty when numbering is off, or does not reach a sub-chapter.
     *
     * @param chapter the chapter a sub-chapter is under, numbered already; empty for any other page
     */
    Optional<String> next(ParsedPage page, Optional<LinkedPage> chapter) {
        if (depth < 1) {
            return Optional.empty();
        }
        PageKind kind = page.frontMatter().kind();
        if (kind == PageKind.AUTHORITIES) {
            // A table, cited by its title as an index is.
            return Optional.empty();
        }
        if (kind == PageKind.PART) {
            return Optional.of(roman(++parts));
        }
        if (kind.isLettered()) {
            return Optional.of(letters(++annexes));
        }
        if (chapter.isPresent()) {
            Optional<String> parent = chapter.get().number();
            if (depth < 2 || parent.isEmpty()) {
                return Optional.empty();
            }
            int own = (int) chapter.get().page().outline().headings().stream().filter(heading -> heading.level() == 2).count();
            return Optional.of(parent.get() + "." + below.merge(parent.get(), own + 1, (last, one) -> last + 1));
        }
        return Optional.of(String.valueOf(++chapters));
    }

    /** The number of each numbered section of a page, by anchor id. */
    Map<String, String> sections(String pageNumber, List<Heading> headings) {
        return sections(pageNumber, headings, false);
    }

    /**
     * The number of each numbered section of a page, by anchor id.
     *
     * @param subchapter whether the page is a sub-chapter, whose sections are one level deeper
     */
    Map<String, String> sections(String pageNumber, List<Heading> headings, boolean subchapter) {
        Map<String, String> numbers = new HashMap<>();
        int[] counters = new int[7];
        int offset = subchapter ? 1 : 0;
        for (Heading heading : headings) {
            int level = heading.level();
            if (level < 2 || level + offset > depth) {
                continue;
            }
            counters[level]++;
            for (int deeper = level + 1; deeper < counters.length; deeper++) {
                counters[deeper] = 0;
            }
            StringBuilder number = new StringBuilder(pageNumber);
            for (int l = 2; l <= level; l++) {
                number.append('.').append(counters[l]);
            }
            numbers.put(heading.id().value(), number.toString());
        }
        return numbers;
    }

    /** 1 → A, 26 → Z, 27 → AA. */
    static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int n = count; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** 1 → I, 4 → IV, 14 → XIV: parts are few, and printed books number them so. */
    static String roman(int count) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        int rest = count;
        for (int i = 0; i < values.length; i++) {
            for (; rest >= values[i]; rest -= values[i]) {
                roman.append(numerals[i]);
            }
        }
        return roman.toString();
    }
}
