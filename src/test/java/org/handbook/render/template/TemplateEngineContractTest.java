package org.handbook.render.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Progress;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both template engines honour the same contract: the same page model gives the same page. */
class TemplateEngineContractTest {

    private static final Map<String, Object> MODEL = Map.of(
            "title", "Tom & <Jerry>",
            "content", "<p>kept <em>as HTML</em></p>",
            "items", List.of(Map.of("name", "a"), Map.of("name", "b")));

    private static final List<TemplateEngine> ENGINES = List.of(
            new PebbleTemplateEngine(Map.of("page.peb",
                    "<h1>{{ title }}</h1>{{ content | raw }}<ul>{% for item in items %}<li>{{ item.name }}</li>{% endfor %}</ul>")),
            new FreemarkerTemplateEngine(Map.of("page.ftlh",
                    "<h1>${title}</h1>${content?no_esc}<ul><#list items as item><li>${item.name}</li></#list></ul>")));

    @Test
    void bothEnginesEscapeTextAndKeepMarkedHtml() {
        for (TemplateEngine engine : ENGINES) {
            assertThat(engine.has("page")).isTrue();
            assertThat(engine.render("page", MODEL)).as(engine.getClass().getSimpleName()).isEqualTo(
                    "<h1>Tom &amp; &lt;Jerry&gt;</h1><p>kept <em>as HTML</em></p><ul><li>a</li><li>b</li></ul>");
        }
    }

    @Test
    void bothEnginesReportMissingTemplatesAndUndefinedValuesWithTheirLine() {
        for (TemplateEngine engine : ENGINES) {
            assertThat(engine.has("home")).isFalse();
            assertThatThrownBy(() -> engine.render("home", MODEL)).isInstanceOf(TemplateFailure.class)
                    .hasMessageContaining("no template");
        }
        TemplateEngine pebble = new PebbleTemplateEngine(Map.of("page.peb", "line one\n{{ nosuchvalue }}"));
        TemplateEngine freemarker = new FreemarkerTemplateEngine(Map.of("page.ftlh", "line one\n${nosuchvalue}"));
        for (TemplateEngine engine : List.of(pebble, freemarker)) {
            assertThatThrownBy(() -> engine.render("page", MODEL)).isInstanceOfSatisfying(TemplateFailure.class,
                    failure -> assertThat(failure.line()).as(engine.getClass().getSimpleName()).isEqualTo(2));
        }
    }

    @Test
    void freemarkerFailuresAreOneLineWithLineAndColumn() {
        TemplateEngine engine = new FreemarkerTemplateEngine(Map.of("page.ftl", "<p>\n  ${nosuchvalue} ${title}</p>"));
        assertThatThrownBy(() -> engine.render("page", MODEL)).isInstanceOfSatisfying(TemplateFailure.class, failure -> {
            assertThat(failure.templateFile()).isEqualTo("page.ftl");
            assertThat(failure.line()).isEqualTo(2);
            assertThat(failure.column()).isEqualTo(5);
            assertThat(failure.getMessage()).contains("nosuchvalue").doesNotContain("Tip:", "----");
        });
    }

    @Test
    void plainFtlTemplatesAreEscapedAsHtmlToo() {
        TemplateEngine engine = new FreemarkerTemplateEngine(Map.of("page.ftl", "<h1>${title}</h1>"));
        assertThat(engine.render("page", MODEL)).isEqualTo("<h1>Tom &amp; &lt;Jerry&gt;</h1>");
    }

    @Test
    void templatesIncludingEachOtherInACircleFailWithAMessageNotACrash() {
        TemplateEngine pebble = new PebbleTemplateEngine(Map.of("page.peb", "{% include \"notes.peb\" %}",
                "notes.peb", "<p>notes</p>{% include \"page.peb\" %}"));
        TemplateEngine freemarker = new FreemarkerTemplateEngine(Map.of("page.ftlh", "<#include \"notes.ftlh\">",
                "notes.ftlh", "<p>notes</p><#include \"page.ftlh\">"));
        for (TemplateEngine engine : List.of(pebble, freemarker)) {
            assertThatThrownBy(() -> engine.render("page", MODEL)).as(engine.getClass().getSimpleName())
                    .isInstanceOf(TemplateFailure.class).hasMessageContaining("one another without end");
        }
    }

    @Test
    void aPageIsCutOffBeforeItExhaustsMemory() {
        String tens = "[1,2,3,4,5,6,7,8,9,10]";
        StringBuilder pebbleLoops = new StringBuilder();
        StringBuilder freemarkerLoops = new StringBuilder();
        for (char name = 'a'; name < 'i'; name++) {
            pebbleLoops.append("{% for ").append(name).append(" in ").append(tens).append(" %}");
            freemarkerLoops.append("<#list ").append(tens).append(" as ").append(name).append('>');
        }
        pebbleLoops.append("<p>a line of text</p>").append("{% endfor %}".repeat(8));
        freemarkerLoops.append("<p>a line of text</p>").append("</#list>".repeat(8));
        TemplateEngine pebble = new PebbleTemplateEngine(Map.of("page.peb", pebbleLoops.toString(),
                "numbers.peb", "{% for i in range(1, 2000000000) %}{{ i }}{% endfor %}"));
        TemplateEngine freemarker = new FreemarkerTemplateEngine(Map.of("page.ftlh", freemarkerLoops.toString(),
                "numbers.ftlh", "<#list 1..2000000000 as i>${i}</#list>"));
        for (TemplateEngine engine : List.of(pebble, freemarker)) {
            assertThatThrownBy(() -> engine.render("page", MODEL)).as(engine.getClass().getSimpleName())
                    .isInstanceOf(TemplateFailure.class).hasMessageContaining("more than 32 million characters long");
            assertThatThrownBy(() -> engine.render("numbers", MODEL)).as(engine.getClass().getSimpleName())
                    .isInstanceOf(TemplateFailure.class).hasMessageMatching("(?s).*(at most 100000|more than 32 million).*");
        }
    }

    @Test
    void aTemplateThatLoopsWithoutWritingIsStoppedAtThePagesDeadline() {
        // Loops that end within about two seconds, so the thread left behind is soon done; the deadline is far shorter.
        TemplateEngine pebble = new PebbleTemplateEngine(Map.of("page.peb",
                "{% for a in range(1, 50000) %}{% for b in range(1, 1000) %}{% endfor %}{% endfor %}done"));
        TemplateEngine freemarker = new FreemarkerTemplateEngine(Map.of("page.ftlh",
                "<#list 1..50000 as a><#list 1..1000 as b></#list></#list>done"));
        for (TemplateEngine engine : List.of(pebble, freemarker)) {
            TemplateEngine limited = new DeadlineTemplates(engine, java.time.Duration.ofMillis(100));
            assertThatThrownBy(() -> limited.render("page", MODEL)).as(engine.getClass().getSimpleName())
                    .isInstanceOfSatisfying(TemplateFailure.class, failure -> {
                        assertThat(failure.templateFile()).isEqualTo(engine.fileOf("page"));
                        assertThat(failure.getMessage()).contains("ran for more than 100 ms for one page");
                    });
        }
        TemplateEngine quick = new DeadlineTemplates(ENGINES.get(0), java.time.Duration.ofSeconds(60));
        assertThat(quick.render("page", MODEL)).startsWith("<h1>Tom &amp; &lt;Jerry&gt;</h1>");
        assertThatThrownBy(() -> quick.render("home", MODEL)).isInstanceOf(TemplateFailure.class).hasMessageContaining("no template");
    }

    @Test
    void freemarkerThemesCannotReachJava() {
        TemplateEngine engine = new FreemarkerTemplateEngine(Map.of("page.ftlh",
                "<#assign exec = \"freemarker.template.utility.Execute\"?new()>${exec(\"id\")}"));
        assertThatThrownBy(() -> engine.render("page", MODEL)).isInstanceOf(TemplateFailure.class);
    }

    @Test
    void aHandbookWithAFreemarkerThemeGetsTheSameMainElementOnEveryPage(@TempDir Path workspace) throws Exception {
        assertSameMainElements("minimal", workspace,
                List.of("en/2026/index.html", "en/2026/introduction/index.html", "th/2026/index.html"));
    }

    @Test
    void bothThemesShowIndexesGlossariesAndReferencesAlike(@TempDir Path workspace) throws Exception {
        assertSameMainElements("references", workspace, List.of("en/2026/index.html", "en/2026/requests/index.html",
                "en/2026/glossary/index.html", "en/2026/subject-index/index.html", "th/2026/subject-index/index.html"));
    }

    private static void assertSameMainElements(String fixture, Path workspace, List<String> pages) throws Exception {
        Path pebbleHandbook = TestHandbooks.copy(fixture, workspace.resolve("pebble"));
        Path freemarkerHandbook = TestHandbooks.copy(fixture, workspace.resolve("freemarker"));
        copyFreemarkerTheme(freemarkerHandbook.resolve("theme/templates"));

        BuildResult pebble = Handbook.build(BuildRequest.build(pebbleHandbook, Optional.empty()), Progress.NONE);
        BuildResult freemarker = Handbook.build(BuildRequest.build(freemarkerHandbook, Optional.empty()), Progress.NONE);

        assertThat(pebble.diagnostics()).isEmpty();
        assertThat(freemarker.diagnostics()).isEmpty();
        Map<String, byte[]> pebbleSite = TestHandbooks.snapshot(pebbleHandbook.resolve("target/site"));
        Map<String, byte[]> freemarkerSite = TestHandbooks.snapshot(freemarkerHandbook.resolve("target/site"));
        assertThat(freemarkerSite.keySet()).containsExactlyElementsOf(pebbleSite.keySet());
        for (String page : pages) {
            assertThat(main(freemarkerSite.get(page))).as(page).isEqualTo(main(pebbleSite.get(page)));
        }
    }

    private static String main(byte[] page) {
        return Jsoup.parse(new String(page, java.nio.charset.StandardCharsets.UTF_8)).selectFirst("main").outerHtml();
    }

    private static void copyFreemarkerTheme(Path templates) throws IOException {
        Path source = org.handbook.Golden.repositoryRoot().resolve("src/test/resources/themes/freemarker/templates");
        Files.createDirectories(templates);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, templates.resolve(file.getFileName()));
            }
        }
    }
}
