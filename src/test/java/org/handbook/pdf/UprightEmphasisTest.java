package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class UprightEmphasisTest {

    @Test
    void emphasisInAScriptWithoutItalicsIsMarkedAndLatinEmphasisIsNot() {
        Element body = Jsoup.parseBodyFragment("<p>ต้อง<em>ครบถ้วน</em>ก่อนส่ง, <em>complete</em>,"
                + " <i>ພາສາລາວ</i>, <cite>ភាសាខ្មែរ</cite>, <em>the <b>မြန်မာ</b> text</em>, <strong>ไทย</strong></p>").body();

        UprightEmphasis.mark(body);

        assertThat(body.select("." + UprightEmphasis.CLASS).eachText())
                .containsExactly("ครบถ้วน", "ພາສາລາວ", "ភាសាខ្មែរ", "the မြန်မာ text");
    }
}
