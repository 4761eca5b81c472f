package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ListLeadInsTest {

    @Test
    void aShortParagraphEndingInAColonRightBeforeAListIsMarked() {
        Element body = Jsoup.parseBodyFragment("<p>In such cases:</p>\n<ul><li>call</li></ul>"
                + "<p>Not before a list:</p><p>text</p>"
                + "<p>Before a list but a statement.</p><ol><li>one</li></ol>"
                + "<p>" + "A long paragraph that explains a great deal before it comes to its list. ".repeat(4) + "These:</p>"
                + "<ol><li>one</li></ol>"
                + "<p>ตรวจสอบประเด็นต่อไปนี้:</p><ol><li>หนึ่ง</li></ol>").body();

        ListLeadIns.mark(body);

        assertThat(body.select("p." + ListLeadIns.CLASS).eachText()).containsExactly("In such cases:", "ตรวจสอบประเด็นต่อไปนี้:");
    }
}
