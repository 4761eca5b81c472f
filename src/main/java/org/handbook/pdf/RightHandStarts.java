package org.handbook.pdf;

import com.openhtmltopdf.render.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Makes every chapter, and every part the template marks {@code recto} (a part
 * title, the index), open on a right-hand (odd) page. The engine does not act on
 * {@code page-break-before: right} reliably, so the book is laid out once, and a blank page is
 * put before each of these that would open on a left-hand page. Each blank page moves every
 * later one by a page, which the count of blank pages so far accounts for, so the layout that
 * prints needs no second look.
 */
final class RightHandStarts {

    /** What opens on a right-hand page. */
    private static final String SELECTOR = "section.chapter[id], .recto[id]";

    private RightHandStarts() {
    }

    /** Whether {@code html} has anything that must open on a right-hand page. */
    static boolean any(org.jsoup.nodes.Document html) {
        return !html.select(SELECTOR).isEmpty();
    }

    /**
     * Puts the blank pages in; returns how they move what {@code trial} laid out.
     *
     * @param trial the layout of {@code html} before any blank page was put in
     */
    static PageShift insertBlanks(org.jsoup.nodes.Document html, TrialLayout trial) {
        List<Integer> blankBefore = new ArrayList<>();
        for (Element start : html.select(SELECTOR)) {
            Optional<Box> box = trial.box(start.id());
            if (box.isEmpty()) {
                continue;
            }
            int page = trial.page(box.get());
            // 0-based here, so an odd number is a left-hand page once the blanks so far are counted.
            if ((page + blankBefore.size()) % 2 == 1) {
                start.before("<div class=\"blank-page\"></div>");
                blankBefore.add(page);
            }
        }
        return new PageShift(blankBefore);
    }

    /**
     * The blank pages put in, by the page of the trial layout they went before.
     *
     * @param blankBefore 0-based pages of the trial layout, in order
     */
    record PageShift(List<Integer> blankBefore) {

        PageShift {
            blankBefore = List.copyOf(blankBefore);
        }

        /**
         * The number a box of the trial layout prints as, once the blank pages are in: its number
         * there, moved by the blank pages put in since its page numbers began.
         *
         * @param page   the 0-based page it is on in the trial layout
         * @param number the number that page has there
         */
        int printed(int page, int number) {
            int sequenceStart = page - (number - 1);
            int blanks = 0;
            for (int before : blankBefore) {
                // A blank page put before the page a sequence starts on moves the sequence whole.
                if (before > sequenceStart && before <= page) {
                    blanks++;
                }
            }
            return number + blanks;
        }
    }
}
