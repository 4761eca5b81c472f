package org.handbook.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbook.parse.Heading;
import org.handbook.parse.ParsedPage;

/**
 * Numbers a book the way handbooks are cited: chapters 1, 2, 3 in reading order, annexes A, B, C,
 * and their sections below them (4.2, 4.2.1; A.1), as deep as the handbook asks.
 */
final class Numbering {

    private final int depth;
    private int chapters;
    private int annexes;

    Numbering(int depth) {
        this.depth = depth;
    }

    /** The page's own number, counting it; empty when numbering is off. */
    Optional<String> next(ParsedPage page) {
        if (depth < 1) {
            return Optional.empty();
        }
        return Optional.of(page.frontMatter().kind().isLettered() ? letters(++annexes) : String.valueOf(++chapters));
    }

    /** The number of each numbered section of a page, by anchor id. */
    Map<String, String> sections(String pageNumber, List<Heading> headings) {
        Map<String, String> numbers = new HashMap<>();
        int[] counters = new int[7];
        for (Heading heading : headings) {
            int level = heading.level();
            if (level < 2 || level > depth) {
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
}
