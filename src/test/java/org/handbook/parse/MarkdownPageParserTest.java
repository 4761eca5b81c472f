package org.handbook.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.handbook.config.RawHtmlPolicy;
import org.handbook.load.FrontMatter;
import org.handbook.load.SourcePage;
import org.handbook.model.Diagnostic;
import org.handbook.model.Diagnostics;
import org.handbook.model.PageId;
import org.handbook.model.PageKind;
import org.handbook.model.SourcePosition;
import org.junit.jupiter.api.Test;

class MarkdownPageParserTest {

    private static final Path FILE = Path.of("chapters/en/01-a.md");

    private final Diagnostics diagnostics = new Diagnostics();

    private ParsedPage parse(RawHtmlPolicy policy, String body) {
        FrontMatter frontMatter = new FrontMatter(new PageId("a"), "A", PageKind.CHAPTER, "", false, SourcePosition.of(FILE, 2, 5));
        return new MarkdownPageParser(policy, diagnostics).parse(new SourcePage(FILE, frontMatter, body, 5), java.util.Map.of());
    }

    @Test
    void aPageIsFingerprintedOnlyWhereTranslationsAreMadeFromIt() {
        FrontMatter frontMatter = new FrontMatter(new PageId("a"), "A", PageKind.CHAPTER, "", false, SourcePosition.of(FILE, 2, 5));
        SourcePage source = new SourcePage(FILE, frontMatter, "Intro.\n\n## First\n\nText.\n", 5);

        SourceFingerprint taken = new MarkdownPageParser(RawHtmlPolicy.escape(), false, true, diagnostics)
                .parse(source, java.util.Map.of()).fingerprint();
        SourceFingerprint skipped = new MarkdownPageParser(RawHtmlPolicy.escape(), false, false, diagnostics)
                .parse(source, java.util.Map.of()).fingerprint();

        assertThat(taken.page()).matches("[0-9a-f]{12}");
        assertThat(taken.sections()).containsOnlyKeys(SourceFingerprint.INTRO, "first");
        assertThat(skipped).isEqualTo(SourceFingerprint.NONE);
    }

    @Test
    void outlineHasHeadingsWithIdsAndSourceLines() {
        ParsedPage page = parse(RawHtmlPolicy.escape(), "\n## First *one*\n\ntext\n\n### Inner `code`\n");
        assertThat(page.outline().headings()).extracting(h -> h.level() + " " + h.id() + " " + h.text() + " " + h.position())
                .containsExactly("2 first-one First one chapters/en/01-a.md:6:1",
                        "3 inner-code Inner code chapters/en/01-a.md:10:1");
        assertThat(page.html()).contains("<h2 id=\"first-one\">First <em>one</em></h2>");
    }

    @Test
    void rawHtmlIsEscapedAndReportedByDefault() {
        ParsedPage page = parse(RawHtmlPolicy.escape(), "Text <sup>1</sup>\n\n<div onclick=\"x()\">block</div>\n");
        assertThat(page.html()).contains("&lt;sup&gt;1&lt;/sup&gt;", "&lt;div onclick=&quot;x()&quot;&gt;");
        assertThat(diagnostics.sorted()).extracting(d -> d.position() + " " + d.code()).containsExactly(
                "chapters/en/01-a.md:5:6 HB-MD-RAW-HTML",
                "chapters/en/01-a.md:5:12 HB-MD-RAW-HTML",
                "chapters/en/01-a.md:7:1 HB-MD-RAW-HTML");
    }

    @Test
    void cleanModeKeepsAllowedTagsAndRemovesAndReportsEverythingElse() {
        ParsedPage page = parse(RawHtmlPolicy.clean(List.of("sup", "abbr")), """
                E = mc<sup>2</sup>, <abbr title="Mutual legal assistance" onmouseover="x()">MLA</abbr>.

                <script>alert(1)</script>

                <iframe src="https://example.org"></iframe><kbd>kept as text?</kbd>

                [ok](https://example.org) and [relative](../other/)
                """);
        assertThat(page.html())
                .contains("mc<sup>2</sup>", "<abbr title=\"Mutual legal assistance\">MLA</abbr>",
                        "<a href=\"https://example.org\"", "<a href=\"../other/\"")
                .doesNotContain("<script", "alert(1)", "<iframe", "onmouseover", "<kbd");
        assertThat(diagnostics.sorted()).extracting(d -> d.position().line() + " " + d.code() + " " + d.message()).containsExactly(
                "5 HB-MD-RAW-HTML-REMOVED the attribute onmouseover of <abbr> is removed from the page",
                "7 HB-MD-RAW-HTML-REMOVED the element <script> is removed from the page",
                "9 HB-MD-RAW-HTML-REMOVED the element <iframe> is removed from the page",
                "9 HB-MD-RAW-HTML-REMOVED the element <kbd> is removed from the page");
    }

    @Test
    void cleaningKeepsTheMarkupOfCalloutsAndTaskBoxesButRawHtmlCannotCopyIt() {
        ParsedPage page = parse(RawHtmlPolicy.clean(List.of("aside", "input")), """
                > [!TIP]
                > - [x] Done

                <aside role="note" class="callout"><input type="checkbox" checked aria-label="Done"></aside>
                """);
        assertThat(page.html()).startsWith("""
                <aside class="callout callout-tip" role="note">
                <p class="callout-title">\uE004callout.tip\uE004</p>
                <ul>
                <li class="task"><input type="checkbox" class="task-box" disabled checked aria-label="\uE004task.done\uE004"> Done</li>
                </ul>
                </aside>
                """).endsWith("<aside class=\"callout\"><input></aside>\n");
        assertThat(diagnostics.sorted()).extracting(d -> d.position() + " " + d.code() + " " + d.message()).containsExactlyInAnyOrder(
                "chapters/en/01-a.md:8:1 HB-MD-RAW-HTML-REMOVED the attribute role of <aside> is removed from the page",
                "chapters/en/01-a.md:8:36 HB-MD-RAW-HTML-REMOVED the attribute type of <input> is removed from the page",
                "chapters/en/01-a.md:8:36 HB-MD-RAW-HTML-REMOVED the attribute checked of <input> is removed from the page",
                "chapters/en/01-a.md:8:36 HB-MD-RAW-HTML-REMOVED the attribute aria-label of <input> is removed from the page");
    }

    @Test
    void onlyExternalLinksAreMarkedNofollow() {
        ParsedPage page = parse(RawHtmlPolicy.escape(), "[next](../extradition/) and [source](https://example.org/treaty)\n");
        assertThat(page.html()).contains("<a href=\"../extradition/\">next</a>",
                "<a rel=\"nofollow\" href=\"https://example.org/treaty\">source</a>");
    }

    @Test
    void unsafeSchemesAreErrorsEvenWhenDisguised() {
        parse(RawHtmlPolicy.escape(), "[a](JavaScript:x) [b](VBScript:x) [percent-encoded, so relative](java%0Ascript:x) [c](<java\tscript:x>) [d](file:///etc/passwd)\n");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactly(
                "link target with scheme 'javascript:' is not allowed",
                "link target with scheme 'vbscript:' is not allowed",
                "link target with scheme 'javascript:' is not allowed",
                "link target with scheme 'file:' is not allowed");
    }

    @Test
    void footnoteIdsAndAddressesHoldOnlySafeCharactersWhateverTheLabel() {
        ParsedPage page = parse(RawHtmlPolicy.escape(), """
                One[^javascript:alert('x')], two[^Note("2")] and again[^note("2")].

                [^javascript:alert('x')]: First.
                [^NOTE("2")]: Second.
                """);
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parseBodyFragment(page.html());
        assertThat(html.select("[id]").eachAttr("id")).containsExactly(
                "fnref-javascript_alert_x", "fnref-note_2", "fnref-note_2-2", "fn-javascript_alert_x", "fn-note_2");
        assertThat(html.select("a[href]").eachAttr("href")).allMatch(href -> href.matches("#fn(ref)?-[a-z0-9_]+(-[0-9]+)?"));
        assertThat(html.select("section.footnotes li").eachText()).satisfiesExactly(
                first -> assertThat(first).startsWith("First."), second -> assertThat(second).startsWith("Second."));
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void aHeadingCannotTakeAnIdTheThemeGivesItsOwnElements() {
        ParsedPage page = parse(RawHtmlPolicy.escape(), "## Search {#site-search-query}\n\n## Site search query\n");
        assertThat(page.outline().headings()).extracting(heading -> heading.id().value())
                .containsExactly("search", "site-search-query-2");
        assertThat(diagnostics.sorted()).extracting(d -> d.position() + " " + d.code() + " " + d.message()).containsExactly(
                "chapters/en/01-a.md:5:1 HB-HEADING-ID the id 'site-search-query' is the theme's own, for an element of every page");
    }

    @Test
    void anImageNamingACrossReferenceIsAnErrorNotAnEmptyAddress() {
        ParsedPage page = parse(RawHtmlPolicy.escape(), "![map](xref:a)\n");
        assertThat(diagnostics.sorted()).extracting(d -> d.position() + " " + d.code())
                .containsExactly("chapters/en/01-a.md:5:1 HB-IMAGE-REFERENCE");
        assertThat(page.references()).isEmpty();
    }

    @Test
    void aBadEscapeIsReportedAtItsPercentSignAndABackslashWherever() {
        ParsedPage page = parse(RawHtmlPolicy.escape(), "Go [there](a%ZZ), [here](a\\b) or [far](//elsewhere.example/x).\n");
        assertThat(diagnostics.sorted()).extracting(d -> d.position() + " " + d.code()).containsExactly(
                "chapters/en/01-a.md:5:13 HB-LINK-ENCODING", "chapters/en/01-a.md:5:19 HB-LINK-BACKSLASH");
        assertThat(page.localLinks()).isEmpty();
    }

    @Test
    void characterReferencesCannotWriteControlCharactersOrTheToolsOwnMarks() {
        ParsedPage page = parse(RawHtmlPolicy.escape(),
                "Refs: &#xE002;ref-0&#xE002;, &#1; and [a link](../x/ \"title &#xE006;1&#xE006;\").\n");
        assertThat(diagnostics.sorted()).extracting(d -> d.position() + " " + d.code()).containsExactly(
                "chapters/en/01-a.md:5:1 HB-TEXT-CONTROL-CHARACTER", "chapters/en/01-a.md:5:1 HB-TEXT-RESERVED-CHARACTER",
                "chapters/en/01-a.md:5:39 HB-TEXT-RESERVED-CHARACTER");
        assertThat(page.html()).doesNotContain("\u0001", "\uE002", "\uE006").contains("Refs: ref-0, ", "title=\"title 1\"");
    }

    @Test
    void footnotesCarryTheirLinksAndNamesWithoutDataAttributesNoScriptReads() {
        for (RawHtmlPolicy policy : List.of(RawHtmlPolicy.escape(), RawHtmlPolicy.clean(List.of("abbr")))) {
            org.jsoup.nodes.Document html = org.jsoup.Jsoup.parseBodyFragment(parse(policy, "Text[^a].\n\n[^a]: Note.\n").html());
            assertThat(html.select("[^data-footnote]")).as("%s", policy).isEmpty();
            assertThat(html.select("sup.footnote-ref > a").eachAttr("href")).containsExactly("#fn-a");
            assertThat(html.select("section.footnotes li#fn-a a.footnote-backref")).singleElement().satisfies(back -> {
                assertThat(back.attr("href")).isEqualTo("#fnref-a");
                assertThat(back.attr("aria-label")).as("named by the theme in the reader's language, which the render stage knows")
                        .isEqualTo(org.handbook.parse.ThemeLabel.marker("footnote.back") + " 1");
            });
        }
    }

    @Test
    void footnoteIdsNeverCollideWithTheRenderersOwnSuffixes() {
        ParsedPage page = parse(RawHtmlPolicy.escape(), "A[^x!] B[^x!] C[^x?] D[^x] E[^x] F[^x-2].\n\n[^x!]: One.\n[^x?]: Two.\n"
                + "[^x]: Three.\n[^x-2]: Four.\n");
        java.util.List<String> ids = org.jsoup.Jsoup.parseBodyFragment(page.html()).select("[id]").eachAttr("id");
        assertThat(ids).hasSize(10).doesNotHaveDuplicates();
    }

    @Test
    void cleanedRawHtmlAndCodeInfoCannotWriteTheToolsMarksThroughCharacterReferences() {
        ParsedPage page = parse(RawHtmlPolicy.clean(List.of("abbr")),
                "An <abbr title=\"&#xE002;ref-0&#xE002;\">MLA</abbr> and [](xref:a).\n\n```&#xE003;x&#1;\ncode\n```\n");
        assertThat(diagnostics.sorted()).extracting(d -> d.position() + " " + d.code()).contains(
                "chapters/en/01-a.md:5:4 HB-TEXT-RESERVED-CHARACTER", "chapters/en/01-a.md:7:1 HB-TEXT-RESERVED-CHARACTER",
                "chapters/en/01-a.md:7:1 HB-TEXT-CONTROL-CHARACTER");
        assertThat(page.html()).contains("<abbr title=\"ref-0\">MLA</abbr>").doesNotContain("\u0001", "&#xE002;", "&#1;");
        assertThat(page.html().chars().filter(c -> c >= 0xE000 && c <= 0xE007).count())
                .as("the reference's own two marks, for the render stage, and no more").isEqualTo(4);
    }

    @Test
    void aTelephoneLinkKeepsItsAddress() {
        ParsedPage page = parse(RawHtmlPolicy.escape(), "Call [the desk](tel:+6621234567).\n");
        assertThat(page.html()).contains("href=\"tel:+6621234567\"");
        assertThat(diagnostics.sorted()).isEmpty();
    }
}
