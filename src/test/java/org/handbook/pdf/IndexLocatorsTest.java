package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalInt;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** An index entry's pages, written from one layout and written again where the next moved a mark. */
class IndexLocatorsTest {

    private static Document entry() {
        return Jsoup.parse("<ul><li>Freezing, <span class=\"locators\"><a class=\"locator\" href=\"#m1\"></a>"
                + "<a class=\"locator\" href=\"#m2\"></a><a class=\"locator\" href=\"#m3\"></a></span>. See also confiscation</li></ul>");
    }

    private static OptionalInt page(Map<String, Integer> pages, String id) {
        return pages.containsKey(id) ? OptionalInt.of(pages.get(id)) : OptionalInt.empty();
    }

    @Test
    void pagesAreWrittenAsRangesWithThePunctuationAfterThemInTheLastLink() {
        Document html = entry();

        assertThat(IndexLocators.number(html, id -> page(Map.of("m1", 31, "m2", 32, "m3", 40), id))).isTrue();

        assertThat(html.selectFirst("li").text()).isEqualTo("Freezing, 31–32, 40. See also confiscation");
        assertThat(html.select("a.index-locator").eachText()).containsExactly("31–32,", "40.");
    }

    @Test
    void aMarkThatMovedIsWrittenAgainAndAnEntryThatDidNotIsLeftAlone() {
        Document html = entry();
        IndexLocators.number(html, id -> page(Map.of("m1", 31, "m2", 32, "m3", 40), id));

        assertThat(IndexLocators.number(html, id -> page(Map.of("m1", 31, "m2", 33, "m3", 40), id))).isTrue();
        assertThat(html.selectFirst("li").text()).isEqualTo("Freezing, 31, 33, 40. See also confiscation");
        assertThat(IndexLocators.number(html, id -> page(Map.of("m1", 31, "m2", 33, "m3", 40), id))).isFalse();
    }

    @Test
    void anEntryWithNoMarkLaidOutLosesItsPagesAndTheCommaBeforeThem() {
        Document html = entry();

        IndexLocators.number(html, id -> OptionalInt.empty());

        assertThat(html.selectFirst("li").text()).isEqualTo("Freezing. See also confiscation");
    }
}
