package org.handbook.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;
import org.handbook.model.Title;
import org.junit.jupiter.api.Test;

/**
 * Markdown in data files is held to the rules of chapters, and never shows an image; a chapter's
 * title is one line of inline Markdown, its markup as HTML and its text without marks.
 */
class InlineMarkdownTest {

    private static final SourcePosition NOTE = SourcePosition.of(Path.of("countries/XA.yml"), 25, 11);

    private final Diagnostics diagnostics = new Diagnostics();

    private String render(String markdown) {
        return new InlineMarkdown(diagnostics).render(markdown, NOTE);
    }

    @Test
    void imagesAreReportedAndShownAsTheirTextNeverFetched() {
        String html = render("See ![a pixel](https://tracker.example/p.png), ![another](//tracker.example/p.png)"
                + " and ![the seal](seal.png).");
        assertThat(html).isEqualTo("See a pixel, another and the seal.");
        assertThat(diagnostics.sorted()).extracting(d -> d.position() + " " + d.code()).containsExactly(
                "countries/XA.yml:25:11 HB-IMAGE-IN-DATA", "countries/XA.yml:25:11 HB-IMAGE-REMOTE",
                "countries/XA.yml:25:11 HB-IMAGE-REMOTE");
    }

    @Test
    void addressesAreHeldToTheRulesOfChapters() {
        render("[a](javascript:alert(1)) [b](https:javascript:alert(1)) [c](..\\desk) [d](desk%ZZ) [e](https://example.org/)");
        assertThat(diagnostics.sorted()).extracting(d -> d.code()).containsExactlyInAnyOrder(
                "HB-MD-UNSAFE-LINK", "HB-MD-UNSAFE-LINK", "HB-LINK-BACKSLASH", "HB-LINK-ENCODING");
    }

    @Test
    void rawHtmlIsShownAsText() {
        assertThat(render("<img src=https://tracker.example/p.png> <b>bold</b>"))
                .isEqualTo("&lt;img src=https://tracker.example/p.png&gt; &lt;b&gt;bold&lt;/b&gt;");
        assertThat(diagnostics.sorted()).extracting(d -> d.code()).containsOnly("HB-MD-RAW-HTML");
    }

    @Test
    void aSourcesAddressMustBeAWholeWebAddressWhateverTheSchemaAllows() {
        InlineMarkdown markdown = new InlineMarkdown(diagnostics);
        assertThat(markdown.webAddress("https://example.org/guide", NOTE)).contains("https://example.org/guide");
        for (String bad : new String[] {"javascript:alert(1)", "https:javascript:alert(1)", "//example.org/x", "guide.html", ""}) {
            assertThat(markdown.webAddress(bad, NOTE)).as(bad).isEmpty();
        }
        assertThat(diagnostics.sorted()).extracting(d -> d.code()).hasSize(5).containsOnly("HB-MD-UNSAFE-LINK");
    }

    @Test
    void crossReferencesAndIndexMarksAreForChaptersNotData() {
        String html = render("See [the rules](xref:extradition) and [a term](index:).");
        assertThat(diagnostics.sorted()).extracting(d -> d.code()).containsExactly("HB-DATA-REFERENCE", "HB-DATA-REFERENCE");
        assertThat(html).doesNotContain("xref:", "index:");
    }
    private static final SourcePosition TITLE = SourcePosition.of(Path.of("chapters/en/04-tests.md"), 3, 8);

    private Title title(String markdown) {
        return new InlineMarkdown(diagnostics).title(markdown, TITLE);
    }

    @Test
    void aTitlesCodeAndEmphasisBecomeMarkupAndItsTextHasNoMarks() {
        Title title = title("The `tests` directory, *briefly* and **boldly** ~~not~~");
        assertThat(title.html()).isEqualTo("The <code>tests</code> directory, <em>briefly</em> and <strong>boldly</strong> <del>not</del>");
        assertThat(title.text()).isEqualTo("The tests directory, briefly and boldly not");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void aTitleIsOneLineOfTextNeverABlock() {
        assertThat(title("1. Scope").html()).isEqualTo("1. Scope");
        assertThat(title("# Scope").html()).isEqualTo("# Scope");
        assertThat(title("- Scope").html()).isEqualTo("- Scope");
        assertThat(title("> Scope").html()).isEqualTo("&gt; Scope");
        assertThat(title("    Scope").html()).isEqualTo("Scope");
        assertThat(title("[1]: /scope").html()).isEqualTo("[1]: /scope");
        assertThat(title("***").html()).isEqualTo("***");
        assertThat(title("```").html()).isEqualTo("```");
        assertThat(title("_Scope_ and\nmore").html()).isEqualTo("<em>Scope</em> and more");
        assertThat(title("`code` first").html()).isEqualTo("<code>code</code> first");
        assertThat(title("Scope").html()).isEqualTo("Scope");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void linksAndImagesInATitleAreRefusedAndShownAsTheirText() {
        Title title = title("See [the rules](xref:extradition), <https://example.org/>, www.example.org and ![a seal](seal.png)");
        assertThat(title.html()).isEqualTo("See the rules, https://example.org/, www.example.org and a seal");
        assertThat(title.text()).isEqualTo(title.html());
        assertThat(diagnostics.sorted()).extracting(d -> d.position() + " " + d.code()).containsExactly(
                "chapters/en/04-tests.md:3:8 HB-TITLE-IMAGE", "chapters/en/04-tests.md:3:8 HB-TITLE-LINK",
                "chapters/en/04-tests.md:3:8 HB-TITLE-LINK");
    }

    @Test
    void rawHtmlInATitleIsItsTextInBothForms() {
        Title title = title("<script>alert(1)</script> & <b>bold</b> <!-- a note -->");
        assertThat(title.html()).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
        assertThat(title.text()).isEqualTo("<script>alert(1)</script> & <b>bold</b>");
        assertThat(diagnostics.sorted()).extracting(d -> d.code()).containsOnly("HB-MD-RAW-HTML");
    }
    @Test
    void aTitlesEscapesAndEntitiesAreTheCharactersTheyWrite() {
        Title title = title("Q&amp;A: \\*not emphasis\\* & `<b>`");
        assertThat(title.html()).isEqualTo("Q&amp;A: *not emphasis* &amp; <code>&lt;b&gt;</code>");
        assertThat(title.text()).isEqualTo("Q&A: *not emphasis* & <b>");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void aTitleNestedTooDeeplyIsReportedAndShownAsWritten() {
        String markdown = "*".repeat(300) + "deep" + "*".repeat(300);
        Title title = title(markdown);
        assertThat(title.text()).isEqualTo(markdown);
        assertThat(diagnostics.sorted()).extracting(d -> d.code()).containsExactly("HB-MD-TOO-DEEP");
    }
}
