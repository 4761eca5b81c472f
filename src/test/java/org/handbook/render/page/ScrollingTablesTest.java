package org.handbook.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Each table scrolls sideways in one box of its own that the keyboard reaches and a screen reader names. */
class ScrollingTablesTest {

    private static final String LABEL = "Table: scroll sideways to see every column";

    @Test
    void everyTableSitsInExactlyOneNamedFocusableBox() {
        String html = "<p>Before</p><table><tr><td><table><tr><td>inner</td></tr></table></td></tr></table>"
                + ScrollingTables.box("Countries", "country-table") + "<table><tr><td>compared</td></tr></table></div>"
                + "<div class=\"table-scroll\"><table><tr><td>raw</td></tr></table></div>";

        Document page = Jsoup.parseBodyFragment(ScrollingTables.wrap(html, LABEL));

        assertThat(page.select("[tabindex]")).as("one box for each outermost table").hasSize(3);
        for (Element table : page.select("table")) {
            assertThat(table.parents().stream().filter(parent -> parent.hasAttr("tabindex"))).as(table.text())
                    .singleElement().satisfies(box -> {
                        assertThat(box.attr("tabindex")).isEqualTo("0");
                        assertThat(box.attr("role")).isEqualTo("region");
                        assertThat(box.attr("aria-label")).isNotBlank();
                    });
        }
        assertThat(page.selectFirst("td:containsOwn(compared)").closest("[tabindex]").classNames())
                .as("a table written in its box keeps that box").containsExactly("table-scroll", "country-table");
        assertThat(page.selectFirst("td:containsOwn(raw)").closest("[tabindex]").attr("aria-label"))
                .as("a box raw HTML writes has no focus or name: the table gets one of ours").isEqualTo(LABEL);
    }
}
