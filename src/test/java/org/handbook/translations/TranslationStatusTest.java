package org.handbook.translations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A translation falls behind when its source changes, says so to readers and editors, and is
 * current again once marked; the {@code minimal} fixture's Thai introduction is a marked translation.
 */
class TranslationStatusTest {

    private static final String SOURCE = "chapters/en/01-introduction.md";
    private static final String TRANSLATION = "chapters/th/01-introduction.md";

    @Test
    void aMarkedTranslationOfAnUnchangedSourceIsCurrent() {
        TranslationReport report = TranslationReports.of(Handbook.link(TestHandbooks.fixture("minimal"), Progress.NONE)
                .handbook().orElseThrow());

        assertThat(report.books()).singleElement().satisfies(book -> {
            assertThat(book.language()).isEqualTo("th");
            assertThat(List.of(book.current(), book.outdated(), book.unmarked(), book.missing())).containsExactly(1, 0, 0, 2);
            assertThat(book.percent()).isEqualTo(33);
        });
    }

    @Test
    void changingASourceSectionMakesItsTranslationOutdatedUntilMarked(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace.resolve("handbook"));
        TestHandbooks.replace(handbook.resolve(SOURCE), "A paragraph in the scope section.", "A longer paragraph on the scope.");

        BuildResult outdated = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);

        assertThat(outdated.diagnostics()).extracting(d -> d.position() + " " + d.code() + " " + d.message())
                .containsExactly("chapters/th/01-introduction.md:6:3 HB-TRANSLATION-OUTDATED chapters/en/01-introduction.md"
                        + " has changed since this translation was made (changed: “Scope”)");
        Document page = Jsoup.parse(workspace.resolve("site/th/2026/introduction/index.html").toFile());
        assertThat(page.select(".notice-outdated").text())
                .contains("อังกฤษ").contains("หัวข้อ 1.1 ขอบเขต").contains("อ่านต้นฉบับ");
        assertThat(page.select(".notice-outdated a").attr("href")).isEqualTo("../../../en/2026/introduction/index.html");
        assertThat(page.select(".notice-outdated a").attr("hreflang")).isEqualTo("en");
        assertThat(page.select(".notice-unreviewed")).hasSize(1);
        TranslationReport report = TranslationReports.of(Handbook.link(handbook, Progress.NONE).handbook().orElseThrow());
        assertThat(report.books().get(0).pages()).filteredOn(p -> p.status().equals("outdated"))
                .singleElement().satisfies(p -> assertThat(p.changed()).containsExactly("scope"));

        TranslationMarker.of(Handbook.link(handbook, Progress.NONE).handbook().orElseThrow()).mark(Path.of(TRANSLATION));

        assertThat(Handbook.build(BuildRequest.check(handbook), Progress.NONE).diagnostics()).isEmpty();
        assertThat(Files.readString(handbook.resolve(TRANSLATION))).contains("  reviewed: false\n")
                .contains("    scope: ").contains("\nคู่มือนี้เป็นชุดทดสอบ");
    }

    @Test
    void aTranslationWithoutARecordIsUnmarkedAndOneWithTheWrongAnchorsIsReported(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        TestHandbooks.write(handbook.resolve(TRANSLATION), "---\nid: introduction\ntitle: บทนำ\nparagraphs: numbered\n---\n\n"
                + "## ขอบเขต\n\nย่อหน้า\n");

        BuildResult result = Handbook.build(BuildRequest.check(handbook), Progress.NONE);

        assertThat(result.diagnostics()).extracting(Diagnostic::code)
                .containsExactlyInAnyOrder("HB-TRANSLATION-ANCHORS", "HB-TRANSLATION-UNMARKED");
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("HB-TRANSLATION-ANCHORS")).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("this translation lacks #scope (“Scope”), #scope-2 (“Scope”),"
                        + " #requests-replies (“Requests & replies”); has #ขอบเขต (“ขอบเขต”), which the source has not;"
                        + " has 1 numbered paragraphs where the source has 3"));
    }

    @Test
    void markingKeepsTheRestOfTheFileAndReplacesAnOldRecord() {
        String marked = TranslationMarker.withRecord("---\nid: a\ntranslation:\n  reviewed: true\n  source: 000000000000\n"
                        + "title: A\n---\n\nBody\n",
                new org.handbook.parse.SourceFingerprint("1234567890ab", java.util.Map.of("_intro", "aaaaaaaaaaaa")), true);

        assertThat(marked).isEqualTo("---\nid: a\ntitle: A\ntranslation:\n  reviewed: true\n  source: 1234567890ab\n"
                + "  sections:\n    _intro: aaaaaaaaaaaa\n---\n\nBody\n");
    }

    @Test
    void aFingerprintThatYamlWouldReadAsANumberIsQuoted() {
        String marked = TranslationMarker.withRecord("---\nid: a\n---\n\nBody\n", new org.handbook.parse.SourceFingerprint(
                "123456789012", java.util.Map.of("scope", "5318013e1431", "terms", "5318013e14a1")), false);

        assertThat(marked).contains("  source: \"123456789012\"\n", "    scope: \"5318013e1431\"\n", "    terms: 5318013e14a1\n");
    }

    @Test
    void theReportReadsAsATableAndAsJson() throws IOException {
        TranslationReport report = new TranslationReport("en", List.of(TranslationReport.Book.of("th", "2026", false, 1, 1, 0, 1,
                List.of(new TranslationReport.Page("a", "chapters/th/01-a.md", "/en/2026/a/", "current", true, List.of(), List.of()),
                        new TranslationReport.Page("b", "chapters/th/02-b.md", "/en/2026/b/", "outdated", false,
                                List.of("scope"), List.of("2.1 Scope")),
                        new TranslationReport.Page("c", "chapters/en/03-c.md", "/en/2026/c/", "missing", false, List.of(),
                                List.of()))),
                TranslationReport.Book.of("th", "2010", true, 0, 0, 0, 1,
                        List.of(new TranslationReport.Page("c", "editions/2010/chapters/en/03-c.md", "/en/2010/c/", "missing",
                                false, List.of(), List.of())))));

        assertThat(TranslationReportText.format(report, text -> text)).isEqualTo("""
                Translations of en chapters
                language   edition     current outdated unmarked  missing   translated
                th         2026              1        1        0        1      2/3 66%
                th         2010              0        0        0        1       0/1 0%
                outdated  chapters/th/02-b.md  changed: 2.1 Scope; the translator updates it, then: handbook translations mark chapters/th/02-b.md
                missing   chapters/en/03-c.md  not yet translated into th: readers see this page instead
                """);
        assertThat(org.handbook.text.JsonText.of(report)).contains("\"percent\": 66", "\"changed\": [\n            \"scope\"\n          ]");
    }
}
