package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.handbook.model.Progress;
import org.handbook.pdf.PdfChecks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles written with inline Markdown in their front matter ({@code title: The `extradition`
 * *request*}, {@code title: "**Model** forms"}), in the {@code references} fixture: their markup
 * wherever HTML can hold it (the page's heading, the navigation, the contents, the pager, a
 * cross-reference filled with the title, "Referenced from", the PDF's headings, contents and
 * running heads), and their text without a Markdown mark where it cannot (the browser's title,
 * the manifest, the search index, the PDF's bookmarks).
 */
class MarkedUpTitlesTest {

    private static final String CHAPTER_TITLE = "The extradition request";
    private static final String CHAPTER_HTML = "The <code>extradition</code> <em>request</em>";
    private static final String ANNEX_HTML = "<strong>Model</strong> forms";

    @TempDir
    static Path temp;

    private static Path site;
    private static BuildResult result;

    @BeforeAll
    static void buildOnce() throws Exception {
        Path handbook = TestHandbooks.copy("references", temp.resolve("handbook"));
        Path chapter = handbook.resolve("chapters/en/02-extradition.md");
        TestHandbooks.replace(chapter, "title: Extradition", "title: The `extradition` *request*");
        // Enough text that the chapter runs on to a right-hand page, which carries its running head.
        Files.writeString(chapter, Files.readString(chapter) + "\n## The `Practice` of *courts*\n\n" + ("The requested State reads the"
                + " request against its own law and its treaties, and asks for what is missing before it decides. ").repeat(5)
                .concat("\n\n").repeat(30));
        Path annex = handbook.resolve("chapters/en/10-forms.md");
        TestHandbooks.replace(annex, "title: Forms", "title: \"**Model** forms\"");
        TestHandbooks.replace(annex, "---\n\n## Request form", "---\n\nFill in the forms of [](xref:extradition).\n\n## Request form");
        Files.writeString(handbook.resolve("handbook.yml"), Files.readString(handbook.resolve("handbook.yml"))
                + "pdf:\n  languages: [en]\n");
        site = temp.resolve("site");
        result = Handbook.build(BuildRequest.build(handbook, Optional.of(site)), Progress.NONE);
    }

    @Test
    void buildsWithoutDiagnostics() {
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void thePagesHeadingShowsTheMarkupAndTheBrowsersTitleTheText() throws IOException {
        Document page = page("en/2026/extradition/index.html");
        assertThat(page.selectFirst("main h1").html()).isEqualTo("<span class=\"page-number\">2</span> " + CHAPTER_HTML);
        assertThat(page.title()).isEqualTo(CHAPTER_TITLE + " · Cooperation Handbook");
        assertThat(page.selectFirst(".breadcrumbs [aria-current=page]").html()).isEqualTo(CHAPTER_HTML);
        assertThat(page("en/2026/forms/index.html").selectFirst("main h1").html())
                .isEqualTo("<span class=\"page-number\">Annex A</span> " + ANNEX_HTML);
    }

    @Test
    void theNavigationContentsAndPagerShowTheMarkup() throws IOException {
        Element current = page("en/2026/extradition/index.html").selectFirst(".book-nav a[aria-current=page]");
        assertThat(current.html()).isEqualTo("<span class=\"page-number\">2</span> <span>" + CHAPTER_HTML + "</span>");
        assertThat(page("en/2026/index.html").selectFirst(".contents-chapter a[href=extradition/index.html]").html())
                .isEqualTo("<span class=\"page-number\">2</span> " + CHAPTER_HTML);
        assertThat(page("en/2026/requests/index.html").selectFirst(".pager-next").html()).endsWith(CHAPTER_HTML);
        assertThat(page("en/2026/annexes/index.html").selectFirst(".annex-list a").html()).endsWith(ANNEX_HTML);
        assertThat(page("en/2026/search/index.html").selectFirst(".title-index a[href=../extradition/index.html]").html())
                .endsWith(CHAPTER_HTML);
        // Not translated, the chapter stands in the Thai book in English, its markup and all.
        assertThat(page("th/2026/index.html").selectFirst(".book-nav a[href=extradition/index.html] span[lang=en]").html())
                .isEqualTo(CHAPTER_HTML);
    }

    @Test
    void aReferenceFilledWithTheTitleAndReferencedFromShowTheMarkup() throws IOException {
        Element reference = page("en/2026/forms/index.html").selectFirst("main p a[href=../extradition/index.html]");
        assertThat(reference.html()).isEqualTo("Chapter 2, " + CHAPTER_HTML);
        Element referral = page("en/2026/extradition/index.html").selectFirst(".referenced-from a[href=../forms/index.html]");
        assertThat(referral.html()).isEqualTo("Annex A, " + ANNEX_HTML);
    }

    @Test
    void aSectionHeadingIsMarkupOnThePageAndTextInItsListsAndBookmarks() throws IOException {
        Document page = page("en/2026/extradition/index.html");
        assertThat(page.selectFirst("main h2#the-practice-of-courts").html())
                .isEqualTo("<span class=\"section-number\">2.3</span> The <code>Practice</code> of <em>courts</em>");
        assertThat(page.selectFirst(".page-toc a[href=#the-practice-of-courts]").text()).isEqualTo("2.3 The Practice of courts");
        assertThat(page("en/2026/index.html").selectFirst(".contents-sections a[href=extradition/index.html#the-practice-of-courts]")
                .text()).isEqualTo("2.3 The Practice of courts");
        try (PDDocument pdf = pdf()) {
            List<String> sections = new ArrayList<>();
            for (PDOutlineItem chapter : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                chapter.children().forEach(section -> sections.add(section.getTitle()));
            }
            assertThat(sections).contains("2.3 The Practice of courts");
        }
    }

    @Test
    void theManifestAndTheSearchIndexHoldTheText() throws IOException {
        String manifest = Files.readString(site.resolve("manifest.json"));
        assertThat(manifest).contains("\"title\": \"" + CHAPTER_TITLE + "\"", "\"title\": \"Model forms\"")
                .doesNotContain("`", "*", "<code>");
        List<String> fragments = new ArrayList<>();
        try (var files = Files.list(site.resolve("en/2026/pagefind/fragment"))) {
            for (Path fragment : files.toList()) {
                try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(fragment))) {
                    fragments.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(fragments).anySatisfy(fragment -> assertThat(fragment)
                .contains("\"url\":\"/extradition/index.html\"", "\"title\":\"2 " + CHAPTER_TITLE + "\"}"));
        assertThat(String.join("\n", fragments)).doesNotContain("`", "**", "<code>", "&lt;");
    }

    @Test
    void thePdfsBookmarksAndTextHoldNoMarkdownMarks() throws IOException {
        try (PDDocument pdf = pdf()) {
            List<String> bookmarks = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(item -> bookmarks.add(item.getTitle()));
            assertThat(bookmarks).contains("2 " + CHAPTER_TITLE, "Annex A Model forms");
            for (PDOutlineItem chapter : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                assertThat(chapter.getTitle()).doesNotContain("`", "*", "<", "&");
            }
            String text = String.join("\n", PdfChecks.pageTexts(pdf));
            assertThat(text).doesNotContain("`", "*", "<code>", "&lt;");
            List<String> contents = PdfChecks.pageTexts(pdf).get(4).lines().toList();
            assertThat(contents).anyMatch(line -> line.startsWith("2 " + CHAPTER_TITLE + " "))
                    .anyMatch(line -> line.startsWith("Annex A Model forms "));
        }
    }

    @Test
    void thePdfsHeadingAndRunningHeadSetTheCodeSmallerAndTheEmphasisInItalic() throws IOException {
        try (PDDocument pdf = pdf()) {
            int opening = PdfChecks.startPage(PdfChecks.pageTexts(pdf), "2 " + CHAPTER_TITLE);
            List<TextPosition> heading = largest(glyphs(pdf, opening));
            assertThat(letters(heading)).isEqualTo("2Theextraditionrequest");
            assertThat(word(heading, "extradition")).allSatisfy(glyph ->
                    assertThat(glyph.getFontSizeInPt()).isLessThan(word(heading, "The").get(0).getFontSizeInPt()));
            assertThat(word(heading, "request")).allSatisfy(glyph -> assertThat(glyph.getFont().getName()).contains("BoldItalic"));
            assertThat(word(heading, "The")).allSatisfy(glyph -> assertThat(glyph.getFont().getName()).doesNotContain("Italic"));

            // The next right-hand page, two on, names the chapter in its running head, above the text.
            List<TextPosition> head = topLine(glyphs(pdf, opening + 2));
            assertThat(letters(head)).isEqualTo("2Theextraditionrequest");
            assertThat(word(head, "request")).allSatisfy(glyph -> assertThat(glyph.getFont().getName()).contains("Italic"));
        }
    }

    @Test
    void aLinkInATitleIsAnErrorAtTheTitle(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        TestHandbooks.replace(handbook.resolve("chapters/en/02-channels.md"), "title: Channels",
                "title: Channels of [the treaty](https://example.org/treaty)");

        BuildResult built = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);

        assertThat(built.diagnostics()).extracting(d -> d.position() + " " + d.severity() + " " + d.code())
                .containsExactly("chapters/en/02-channels.md:3:8 ERROR HB-TITLE-LINK");
        assertThat(workspace.resolve("site")).doesNotExist();
    }

    private static PDDocument pdf() throws IOException {
        return Loader.loadPDF(Files.readAllBytes(site.resolve("en/2026/handbook-en-2026.pdf")));
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), StandardCharsets.UTF_8.name());
    }

    /** Every glyph drawn on a page, in the order of the text. */
    private static List<TextPosition> glyphs(PDDocument pdf, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                glyphs.addAll(positions);
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(pdf);
        return glyphs;
    }

    /** The glyphs of the page's heading: those within a tenth of the largest size drawn. */
    private static List<TextPosition> largest(List<TextPosition> glyphs) {
        float largest = glyphs.stream().map(TextPosition::getFontSizeInPt).reduce(0f, Math::max);
        return glyphs.stream().filter(glyph -> glyph.getFontSizeInPt() > largest * 0.9f).toList();
    }

    /** The glyphs of the page's first line. */
    private static List<TextPosition> topLine(List<TextPosition> glyphs) {
        float top = glyphs.stream().map(TextPosition::getYDirAdj).reduce(Float.MAX_VALUE, Math::min);
        return glyphs.stream().filter(glyph -> Math.abs(glyph.getYDirAdj() - top) < 1).toList();
    }

    private static String letters(List<TextPosition> glyphs) {
        return String.join("", glyphs.stream().map(TextPosition::getUnicode).toList()).replace(" ", "");
    }

    /** The glyphs of {@code word}, where it first stands among {@code glyphs}. */
    private static List<TextPosition> word(List<TextPosition> glyphs, String word) {
        int at = letters(glyphs).indexOf(word);
        assertThat(at).as("'%s' among %s", word, letters(glyphs)).isNotNegative();
        return glyphs.stream().filter(glyph -> !glyph.getUnicode().isBlank()).toList().subList(at, at + word.length());
    }
}
