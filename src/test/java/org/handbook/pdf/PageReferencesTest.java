package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageReferencesTest {

    /** The classes the link marked {@code id="ref"} gets in {@code html}. */
    private static String marked(String html) {
        Element link = Jsoup.parseBodyFragment(html).getElementById("ref");
        PageReferences.mark(link);
        return String.join(" ", link.classNames());
    }

    @Test
    void inRunningTextThePageComesInParenthesesOfItsOwn() {
        assertThat(marked("<p>The rules are set out in <a id=\"ref\" href=\"#x\">Section 2.1</a>.</p>"))
                .isEqualTo(PageReferences.OWN_PARENTHESES);
    }

    @Test
    void aLinkInsideTheSentencesParenthesesGetsThePageWithoutASecondPair() {
        assertThat(marked("<p>Freezing can go with the request (see <a id=\"ref\" href=\"#x\">¶ 1.2</a>).</p>"))
                .isEqualTo(PageReferences.INSIDE_PARENTHESES);
        assertThat(marked("<p>(The treaty, <em>in <a id=\"ref\" href=\"#x\">Section 2.3</a></em>, came first.)</p>"))
                .as("an opening parenthesis still open, however deep the link")
                .isEqualTo(PageReferences.INSIDE_PARENTHESES);
        assertThat(marked("<p>Ask early<sup class=\"footnote-ref\"><a href=\"#fn\" data-footnote-ref>1</a></sup>"
                + " <a id=\"ref\" href=\"#x\">Table 1.1</a>)</p>"))
                .as("a closing parenthesis right after it, with none open before it")
                .isEqualTo(PageReferences.INSIDE_PARENTHESES);
    }

    @Test
    void parenthesesClosedBeforeTheLinkLeaveItInRunningText() {
        assertThat(marked("<p>The Convention (UNTOC) and its Protocol (2000) are in <a id=\"ref\" href=\"#x\">Section 2.2</a>"
                + " (and the annex).</p>"))
                .isEqualTo(PageReferences.OWN_PARENTHESES);
        assertThat(marked("<p>Earlier text (closed). <a id=\"ref\" href=\"#x\">Section 2.2</a> (see also)</p>"))
                .as("a parenthesis that opens after the link, past a space, is the sentence's own")
                .isEqualTo(PageReferences.OWN_PARENTHESES);
    }

    @Test
    void onlyTheLinksOwnParagraphCounts() {
        assertThat(marked("<p>An aside (never closed</p><p>See <a id=\"ref\" href=\"#x\">Section 2.1</a>.</p>"))
                .isEqualTo(PageReferences.OWN_PARENTHESES);
        assertThat(marked("<table><tr><td>(open</td><td><a id=\"ref\" href=\"#x\">Examplia</a></td></tr></table>"))
                .as("a table cell is a block of its own")
                .isEqualTo(PageReferences.OWN_PARENTHESES);
    }

    @Test
    void aWordRightAfterTheLinkAsksForASpaceAfterThePage() {
        assertThat(marked("<p>คำร้องขอ<a id=\"ref\" href=\"#x\">หัวข้อ 2.1</a>เป็นช่องทางหลัก</p>"))
                .isEqualTo(PageReferences.OWN_PARENTHESES + " " + PageReferences.TEXT_FOLLOWS);
        assertThat(marked("<p>(ดู<a id=\"ref\" href=\"#x\">หัวข้อ 2.1</a>ประกอบ)</p>"))
                .isEqualTo(PageReferences.INSIDE_PARENTHESES + " " + PageReferences.TEXT_FOLLOWS);
    }

    @Test
    void aSpacePunctuationOrTheEndOfTheParagraphNeedNone() {
        assertThat(marked("<p>ตามที่อธิบายไว้ใน <a id=\"ref\" href=\"#x\">หัวข้อ 2.1</a> แล้ว</p>"))
                .isEqualTo(PageReferences.OWN_PARENTHESES);
        assertThat(marked("<p>See <a id=\"ref\" href=\"#x\">Section 2.1</a>; then write.</p>"))
                .isEqualTo(PageReferences.OWN_PARENTHESES);
        assertThat(marked("<p>See <a id=\"ref\" href=\"#x\">Section 2.1</a></p>"))
                .isEqualTo(PageReferences.OWN_PARENTHESES);
        assertThat(marked("<p>See <a id=\"ref\" href=\"#x\">Section 2.1</a><sup class=\"footnote-ref\">"
                + "<a href=\"#fn\" data-footnote-ref>3</a></sup></p>"))
                .as("a footnote mark is not a word of the sentence")
                .isEqualTo(PageReferences.OWN_PARENTHESES);
    }
}
