package org.handbook.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.handbook.TestHandbooks;
import org.handbook.TestRepositories;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review of an amendment made at test time on a git repository: the changed chapter with its
 * redline, the section renumbered and the reference in another chapter whose text changed with it,
 * and the translation the change made outdated; as Markdown and as an HTML page.
 */
class ReviewTest {

    private static Path amended(Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace.resolve("repo/handbook"));
        TestHandbooks.write(handbook.resolve("chapters/en/03-refs.md"), """
                ---
                id: refs
                title: References
                ---

                The scope is set out in [](xref:introduction#scope).
                """);
        TestRepositories.commitAll(workspace.resolve("repo"), "the handbook");
        TestHandbooks.replace(handbook.resolve("chapters/en/01-introduction.md"), "## Scope\n\nA paragraph in the scope section.",
                "## Purpose\n\nWhy the guide exists, <b>in short</b>.\n\n## Scope\n\nA paragraph on the scope of the guide.");
        return handbook;
    }

    @Test
    void theSummarySaysWhatTheAmendmentDoesToTheHandbook(@TempDir Path workspace) throws Exception {
        Path handbook = amended(workspace);

        ReviewReport report = Review.of(handbook, "main", false).orElseThrow();
        String markdown = ReviewMarkdown.of(report);

        assertThat(markdown).contains("Compared with `main`: 1 file changed.", "- `chapters/en/01-introduction.md`",
                "## English, edition 2026", "**1 Introduction** (changed)",
                "A paragraph ~~in~~ **on** the scope ~~section~~ **of the guide**\\.",
                "### References elsewhere that now read differently",
                "`chapters/en/03-refs.md:6`: Section 1\\.1, Scope → Section 1\\.2, Scope",
                "### Translations this change makes outdated", "`chapters/th/01-introduction.md`");
        String html = HtmlRenderer.builder().extensions(java.util.List.of(StrikethroughExtension.create())).build()
                .render(Parser.builder().extensions(java.util.List.of(StrikethroughExtension.create())).build().parse(markdown));
        Document rendered = Jsoup.parse(html);
        assertThat(rendered.select("del").eachText()).contains("section");
        assertThat(rendered.select("strong").eachText()).contains("on", "of the guide", "Why the guide exists, <b>in short</b>.");
        assertThat(rendered.select("b")).as("the handbook's own markup stays text").isEmpty();
    }

    @Test
    void inABookInPartsASectionAddedToAChapterRenumbersItsSubChaptersAndTheReferencesToThem(@TempDir Path workspace)
            throws Exception {
        Path handbook = TestHandbooks.copy("parts", workspace.resolve("repo/handbook"));
        TestRepositories.commitAll(workspace.resolve("repo"), "the handbook");
        TestHandbooks.replace(handbook.resolve("chapters/en/03-cooperation/02-extradition/index.md"),
                "## Sources of law", "## Terms\n\nWho requests and who is requested.\n\n## Sources of law");

        String markdown = ReviewMarkdown.of(Review.of(handbook, "main", false).orElseThrow());

        assertThat(markdown).contains("- `chapters/en/03-cooperation/02-extradition/index.md`", "**5 Extradition** (changed)",
                "`chapters/en/01-about.md:15`: Section 5\\.2, Conditions for extradition → Section 5\\.3, Conditions for extradition",
                "`chapters/en/01-about.md:17`: Section 5\\.3, Extradition procedure → Section 5\\.4, Extradition procedure",
                "`chapters/th/03-cooperation/02-extradition/index.md`");
    }

    @Test
    void theHtmlPageShowsTheSameWithInsertionsAndDeletions(@TempDir Path workspace) throws Exception {
        Path handbook = amended(workspace);

        Document page = Jsoup.parse(ReviewHtml.of(Review.of(handbook, "main", false).orElseThrow()));

        assertThat(page.select("h1").text()).isEqualTo("What this change does to the handbook");
        assertThat(page.select("ins").eachText()).contains("of the guide", "Section 1.2, Scope");
        assertThat(page.select("del").eachText()).contains("section", "Section 1.1, Scope");
        assertThat(page.select("main b")).isEmpty();
        assertThat(page.text()).contains("chapters/th/01-introduction.md");
    }

    @Test
    void nothingChangedIsSaidInOneLine(@TempDir Path workspace) throws Exception {
        Path handbook = amended(workspace);
        TestRepositories.commitAll(workspace.resolve("repo"), "amended");

        assertThat(ReviewMarkdown.of(Review.of(handbook, "HEAD", false).orElseThrow()))
                .endsWith("Compared with `HEAD`: no source of the handbook has changed.\n");
    }

    @Test
    void askedForThePdfsItGivesTheChangeInTheirPages(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("print-pages", workspace.resolve("repo/handbook"));
        TestRepositories.commitAll(workspace.resolve("repo"), "the handbook");
        Path chapter = java.nio.file.Files.list(handbook.resolve("chapters/en")).sorted().findFirst().orElseThrow();
        java.nio.file.Files.writeString(chapter, java.nio.file.Files.readString(chapter)
                + "\n\nA new paragraph that goes on for a while about the steps of a request.\n".repeat(60));

        ReviewReport report = Review.of(handbook, "main", true).orElseThrow();

        assertThat(report.pages()).hasSize(1);
        ReviewReport.PageCount count = report.pages().values().iterator().next();
        assertThat(count.now()).isGreaterThan(count.before());
        assertThat(ReviewMarkdown.of(report)).contains("## Print PDFs", "`en/1`: " + count.before() + " → " + count.now()
                + " pages (+" + (count.now() - count.before()) + ")");
    }
}
