package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.handbook.model.SitePath;
import org.junit.jupiter.api.Test;

class PrintContentTest {

    @Test
    void anImageThatIsNotTheHandbooksOwnLeavesOnlyItsDescription() {
        PrintContent content = new PrintContent(Map.of(), Set.of(), Map.of());

        String html = content.rewrite("<p>Before <img src=\"https://example.org/pixel.png\" alt=\"the route\"> "
                + "<img src=\"//example.org/x.png\" alt=\"a map\"> <img src=\"../../missing.png\" alt=\"gone\"> after</p>",
                "page", new SitePath("en/1/page/index.html"));

        assertThat(html).doesNotContain("<img", "example.org", "missing.png")
                .isEqualTo("<p>Before the route a map gone after</p>");
    }

    @Test
    void aDateKeepsTheBracketsAndPunctuationThatTouchItOnItsLine() {
        PrintContent content = new PrintContent(Map.of(), Set.of(), Map.of());

        String html = content.rewrite("<p>Ratified (<time datetime=\"2013-10-17\">17 October 2013</time>); signed"
                + " <time datetime=\"2000-12\">December 2000</time> (as of <time datetime=\"2023-11\">November 2023</time>)</p>",
                "page", new SitePath("en/1/page/index.html"));

        assertThat(html).isEqualTo("<p>Ratified <time datetime=\"2013-10-17\">(17 October 2013);</time> signed"
                + " <time datetime=\"2000-12\">December 2000</time> (as of <time datetime=\"2023-11\">November 2023)</time></p>");
    }

    @Test
    void aDateInATableCellMayBreakBetweenItsWordsButAnEraStaysWithItsYear() {
        PrintContent content = new PrintContent(Map.of(), Set.of(), Map.of());

        String html = content.rewrite("<table><tr><td>Ratified (<time datetime=\"2016-01-25\">25\u00a0January\u00a02016</time>)</td>"
                + "<td><time datetime=\"2013-10-17\">17\u00a0\u0e15\u0e38\u0e25\u0e32\u0e04\u0e21\u00a0\u0e1e.\u0e28.\u00a02556</time></td></tr></table>"
                + "<p>Signed <time datetime=\"2015-11\">November\u00a02015</time></p>",
                "page", new SitePath("en/1/page/index.html"));

        assertThat(html).contains("<time datetime=\"2016-01-25\">(25 January 2016)</time>",
                "<time datetime=\"2013-10-17\">17 \u0e15\u0e38\u0e25\u0e32\u0e04\u0e21 \u0e1e.\u0e28.&nbsp;2556</time>",
                "<p>Signed <time datetime=\"2015-11\">November&nbsp;2015</time></p>");
    }

    @Test
    void thePagesOwnContentsListIsLeftToTheScreen() {
        PrintContent content = new PrintContent(Map.of(), Set.of(), Map.of());

        String html = content.rewrite("<h1>Thailand</h1><nav class=\"page-toc\"><details><summary>On this page</summary>"
                + "<ul><li><a href=\"#overview\">Overview</a></li></ul></details></nav><h2 id=\"overview\">Overview</h2>",
                "th", new SitePath("en/1/countries/th/index.html"));

        assertThat(html).isEqualTo("<h1>Thailand</h1><h2 id=\"th--overview\">Overview</h2>");
    }

    @Test
    void aFootnotesArrowBackToTheTextIsLeftToTheScreen() {
        PrintContent content = new PrintContent(Map.of(), Set.of(), Map.of());

        String html = content.rewrite("<p>Text<sup class=\"footnote-ref\"><a href=\"#fn-a\" id=\"fnref-a\">1</a></sup></p>"
                + "<section class=\"footnotes\"><ol><li id=\"fn-a\"><p>Note. <a href=\"#fnref-a\" class=\"footnote-backref\""
                + " aria-label=\"Back to reference 1\">\u21a9</a></p></li></ol></section>",
                "page", new SitePath("en/1/page/index.html"));

        assertThat(html).doesNotContain("\u21a9", "Back to reference").contains("<li id=\"page--fn-a\"><p>Note. </p></li>");
    }

    @Test
    void aCrossReferenceIsMarkedForItsPageAndALinkToAGlossaryTermIsNot() {
        PrintContent content = new PrintContent(Map.of(new SitePath("en/1/extradition/index.html"), "extradition",
                new SitePath("en/1/glossary/index.html"), "glossary"), Set.of("glossary--assurance"), Map.of());

        String html = content.rewrite("<p>Orders and <a href=\"../glossary/index.html#assurance\">assurances</a> are treated in"
                + " <a href=\"../extradition/index.html#assurances\">Section 2.2</a> (and in"
                + " <a href=\"../glossary/index.html\">the glossary</a>).</p>", "requests", new SitePath("en/1/requests/index.html"));

        assertThat(html).isEqualTo("<p>Orders and <a href=\"#glossary--assurance\" class=\"xref\">assurances</a> are treated in"
                + " <a href=\"#extradition--assurances\" class=\"xref xref-page\">Section 2.2</a> (and in"
                + " <a href=\"#glossary\" class=\"xref xref-page-bare\">the glossary</a>).</p>");
    }
}
