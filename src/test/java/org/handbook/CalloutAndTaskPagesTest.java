package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbook.model.Diagnostic;
import org.handbook.validators.Axe;
import org.handbook.validators.BrowserSearch;
import org.handbook.validators.NuHtmlChecker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Callouts, task lists and footnotes' links back as readers get them, from the {@code callouts} fixture: a handbook that
 * cleans raw HTML rather than escaping it (so the whole page passes through the cleaner), in
 * English and Thai, with a chapter the Thai book shows untranslated.
 */
class CalloutAndTaskPagesTest {

    private static final List<String> PAGES = List.of("en/2026/sending/index.html", "en/2026/deadlines/index.html",
            "th/2026/sending/index.html", "th/2026/deadlines/index.html");

    @TempDir
    static Path temp;

    private static Path site;
    private static BuildResult result;

    @BeforeAll
    static void buildOnce() throws Exception {
        site = temp.resolve("site");
        result = TestHandbooks.build("callouts", site);
    }

    @Test
    void theFixtureBuildsWithoutADiagnostic() {
        assertThat(result.diagnostics()).extracting(Diagnostic::code).isEmpty();
    }

    @Test
    void theCleanerOfRawHtmlKeepsCalloutsAndBoxesWhole() throws IOException {
        Document english = page("en/2026/sending/index.html");
        assertThat(english.select("aside.callout[role=note]")).hasSize(5);
        assertThat(english.select("aside.callout > p.callout-title").eachText())
                .containsExactly("Note", "Tip", "Important", "Warning", "Caution");
        assertThat(english.select("li.task > input.task-box[type=checkbox][disabled]")).hasSize(4)
                .extracting(box -> box.hasAttr("checked") + " " + box.attr("aria-label"))
                .containsExactly("true Done", "true Done", "false Not done", "false Not done");
    }

    @Test
    void labelsAreInTheLanguageOfTheTextTheyLabel() throws IOException {
        Document thai = page("th/2026/sending/index.html");
        assertThat(thai.select("p.callout-title").eachText())
                .containsExactly("หมายเหตุ", "ข้อแนะนำ", "สำคัญ", "คำเตือน", "ข้อควรระวัง");
        assertThat(thai.select("input.task-box").eachAttr("aria-label"))
                .containsExactly("เสร็จแล้ว", "เสร็จแล้ว", "ยังไม่เสร็จ", "ยังไม่เสร็จ");
        assertThat(thai.select("a.footnote-backref").eachAttr("aria-label")).as("a footnote's way back to the text")
                .containsExactly("กลับไปยังจุดที่อ้างอิง 1");
        // Not translated yet, the chapter is shown in English, and so are its labels.
        Document untranslated = page("th/2026/deadlines/index.html");
        assertThat(untranslated.select("article[lang=en] p.callout-title").eachText())
                .containsExactly("Warning");
        assertThat(untranslated.select("input.task-box").eachAttr("aria-label")).containsExactly("Done", "Not done", "Done", "Not done");
        assertThat(untranslated.select("a.footnote-backref").eachAttr("aria-label")).containsExactly("Back to reference 1");
        assertThat(page("en/2026/deadlines/index.html").select("a.footnote-backref").eachAttr("aria-label"))
                .containsExactly("Back to reference 1");
    }

    @Test
    void theNuHtmlCheckerFindsNoError() throws IOException {
        assertThat(NuHtmlChecker.errors(site)).isEmpty();
    }

    /** Named boxes, notes that are no landmarks, labels and boxes that read against the page at both widths. */
    @Test
    void axeFindsNoSeriousFaultOnAPhoneOrADesktop() throws IOException {
        List<Axe.PageResult> results = Axe.check(site, PAGES);

        assertThat(results).hasSize(PAGES.size() * Axe.WIDTHS.size());
        assertThat(results).flatMap(page -> page.violations().stream()
                .map(violation -> page.page() + " at " + page.width() + " px: " + violation).toList()).isEmpty();
    }

    /** A callout's text is searched like any other; its label, the theme's word and not the author's, is not. */
    @Test
    void searchFindsACalloutsTextButNotItsLabel() throws IOException {
        List<BrowserSearch.Shown> shown = BrowserSearch.run(site, List.of(
                new BrowserSearch.Query("en/2026/index.html", "suspect"),
                new BrowserSearch.Query("en/2026/index.html", "caution")));

        assertThat(shown.get(0).links()).containsExactly("/en/2026/sending/index.html");
        assertThat(shown.get(0).excerpts()).singleElement().asString().contains("suspect")
                .doesNotContain("Note", "Caution");
        assertThat(shown.get(1).links()).as("no page's text says 'caution'").isEmpty();
        assertThat(shown).flatMap(BrowserSearch.Shown::errors).isEmpty();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }
}
