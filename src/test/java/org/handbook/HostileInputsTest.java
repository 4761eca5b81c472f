package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile input, one class per fixture under {@code src/test/resources/hostile/}: each
 * build ends in the diagnostics of its {@code expected-diagnostics.txt} (file, line, column, code,
 * hint), never an exception; a build with errors leaves the previous site exactly as it was; one
 * without errors publishes nothing that runs.
 */
class HostileInputsTest {

    private static final Set<String> PRINTED = Set.of("22-unprintable-characters");
    /** Fixtures another test runs: huge inputs made at test time, environments, processes and a server. */
    private static final Set<String> RUN_ELSEWHERE = Set.of("14-huge-inputs", "24-dates-and-git", "25-preview-server",
            "26-interrupted-builds");

    static List<String> builtFixtures() throws IOException {
        return fixtures().stream().filter(name -> !RUN_ELSEWHERE.contains(name)).toList();
    }

    private static List<String> fixtures() throws IOException {
        try (Stream<Path> folders = Files.list(Golden.repositoryRoot().resolve("src/test/resources/hostile"))) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everyClassOfTheIssueHasAFixture() throws IOException {
        Set<String> classes = fixtures().stream().map(name -> name.substring(0, 2)).collect(Collectors.toSet());
        assertThat(classes).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, 26).mapToObj(n -> String.format("%02d", n)).toList());
        assertThat(fixtures()).allSatisfy(name -> assertThat(Golden.repositoryRoot()
                .resolve("src/test/resources/hostile").resolve(name)).isDirectoryContaining(
                        file -> file.getFileName().toString().startsWith("expected-") || file.getFileName().toString().equals("requests.txt")));
    }


    @ParameterizedTest
    @MethodSource("builtFixtures")
    void everyClassOfBadInputEndsInItsDiagnosticsAndLosesNothing(String fixture, @TempDir Path workspace) throws Exception {
        Path site = workspace.resolve("site");
        BuildResult previous = Handbook.build(BuildRequest.build(TestHandbooks.fixture("minimal"), Optional.of(site))
                .asPreview(), Progress.NONE);
        assertThat(previous.hasErrors()).isFalse();
        Map<String, byte[]> before = TestHandbooks.snapshot(site);

        BuildResult result = build(fixture, site);

        String report = TestHandbooks.report(result.diagnostics());
        Golden.assertMatches("hostile/" + fixture + "/expected-diagnostics.txt", report);
        if (result.hasErrors()) {
            Map<String, byte[]> after = TestHandbooks.snapshot(site);
            assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
            before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        } else {
            assertThat(result.output()).contains(site);
            OutputSafety.assertNothingExecutableButTheThemesScript(site);
        }
    }

    @Test
    void templateSyntaxAndMarkupInDataAreShownAsTextNeverRun(@TempDir Path workspace) throws Exception {
        Path site = workspace.resolve("site");
        assertThat(build("07-markup-in-data", site).hasErrors()).isFalse();

        String chapter = Files.readString(site.resolve("en/2026/markup/index.html"), StandardCharsets.UTF_8);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(chapter);
        assertThat(page.selectFirst("main h1").text())
                .isEqualTo("1 <script>alert(1)</script> {{ page.title }} ${7*7} {% raw %} <#assign x=1>");
        assertThat(page.title()).startsWith("<script>alert(1)</script> {{ page.title }} ${7*7}")
                .contains("Guide {{ site.title }} ${7*7} {% raw %} <#list> <script>alert(1)</script>");
        assertThat(page.selectFirst("main").text()).contains("Text with {{ t.search }}, ${x}, {% if true %}yes{% endif %}");
        assertThat(page.selectFirst("form.site-search button").text()).isEqualTo("<b onmouseover=alert(1)>Search</b> {{ site.title }}");
        assertThat(chapter).doesNotContain("<script>alert", "<b onmouseover", "<img src=x").doesNotContain(">49<");
    }

    @Test
    void cleanedRawHtmlKeepsTheAllowedTagsAndTheTextOfTheOthers(@TempDir Path workspace) throws Exception {
        Path site = workspace.resolve("site");
        assertThat(build("08-raw-html", site).hasErrors()).isFalse();

        org.jsoup.nodes.Element main = org.jsoup.Jsoup.parse(site.resolve("en/2026/html/index.html").toFile()).selectFirst("main");
        assertThat(main.select("abbr[title=Mutual legal assistance], kbd, mark")).hasSize(3);
        assertThat(main.select("b, u, img, iframe, form, input, svg, object, style, script, [style], [onclick], [onerror]")).isEmpty();
        assertThat(main.select("a").eachAttr("href")).doesNotContain("javascript:alert(1)");
        assertThat(main.text()).contains("bold", "a trap", "styled", "under").doesNotContain("alert", "display: none");
    }

    /**
     * Names that cannot be committed to this project's own repository, which is cloned on Windows
     * and macOS too, are made at test time beside the fixture's.
     */
    @Test
    void namesNoOtherSystemCanCheckOutAreReported(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copyHostile("21-file-names", workspace.resolve("handbook"));
        Path chapters = handbook.resolve("chapters/en");
        Files.writeString(chapters.resolve("07-" + "x".repeat(200) + ".md"), "---\nid: long\ntitle: Long\n---\n\nText.\n");
        Files.writeString(chapters.resolve("08-what?.md"), "---\nid: what\ntitle: What\n---\n\nText.\n");
        Path images = Files.createDirectories(handbook.resolve("images"));
        byte[] png = Files.readAllBytes(Golden.repositoryRoot().resolve("src/test/resources/hostile/23-images/images/ok.png"));
        for (String name : List.of("Map.png", "map.png", "aux.png", "trailing-dot.png.", "tab\there.png")) {
            Files.write(images.resolve(name), png);
        }
        Path site = workspace.resolve("site");

        BuildResult result = Handbook.build(BuildRequest.build(handbook, Optional.of(site)).asPreview(), Progress.NONE);

        String report = TestHandbooks.report(result.diagnostics());
        Golden.assertMatches("hostile/21-file-names/expected-generated-diagnostics.txt", report);
        assertThat(site).doesNotExist();
    }

    @Test
    void whatATranslationLacksIsShownFromTheDefaultLanguageNeverLeftEmpty(@TempDir Path workspace) throws Exception {
        Path site = workspace.resolve("site");
        assertThat(build("19-missing-translations", site).hasErrors()).isFalse();

        org.jsoup.nodes.Document english = org.jsoup.Jsoup.parse(site.resolve("en/2026/only/index.html").toFile());
        assertThat(english.selectFirst("form.site-search button").text()).as("the handbook's own label").isEqualTo("Look up");
        assertThat(english.selectFirst(".page-toc h2").text()).as("the theme's, for the keys it leaves out").isEqualTo("On this page");
        org.jsoup.nodes.Document thai = org.jsoup.Jsoup.parse(site.resolve("th/2026/only/index.html").toFile());
        assertThat(thai.selectFirst("main h1").text()).contains("Only in English");
        assertThat(thai.selectFirst("article").attr("lang")).isEqualTo("en");
        assertThat(thai.selectFirst("form.site-search button").text()).isEqualTo("ค้นหา");
        assertThat(thai.selectFirst(".page-toc h2").text()).as("the theme's Thai").isNotBlank();
        assertThat(thai.title()).as("the title in the default language").contains("Hostile Input Fixture");
    }

    /** Pages only (no PDFs, no search index), as fast as a preview; the fixtures about print make PDFs too. */
    private static BuildResult build(String fixture, Path site) throws Exception {
        BuildRequest request = BuildRequest.build(Golden.repositoryRoot().resolve("src/test/resources/hostile").resolve(fixture),
                Optional.of(site));
        return Handbook.build(PRINTED.contains(fixture) ? request : request.asPreview(), Progress.NONE);
    }
}
