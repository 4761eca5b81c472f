package org.handbook.render;

import java.util.List;

/**
 * What the render stage writes beside a page's text that search leaves out of its index and so of
 * its excerpts: the numbers of paragraphs and sections, which would otherwise open most excerpts
 * ("¶ 4.2 Extradition is…"), the controls that copy a citation, and the labels of callouts, the
 * theme's words rather than the author's, which every search for "note" would find. They are told to the search
 * engine once, as selectors, rather than marked on each of the hundreds of elements a book has.
 */
public final class UnsearchedMarkup {

    /** CSS selectors of the elements, as the pages write them. */
    public static final List<String> SELECTORS = List.of("a.cite", "a.paragraph-number", "span.section-number",
            "p.callout-title");

    private UnsearchedMarkup() {
    }
}
