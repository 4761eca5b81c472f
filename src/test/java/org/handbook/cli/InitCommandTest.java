package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.handbook.epub.EpubChecks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;

/** {@code handbook init}: a new handbook that builds and checks clean, and never a file overwritten. */
class InitCommandTest {

    private static final String JAVA_JAR = "java -jar \"$RUNNER_TEMP/handbook.jar\" ";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return HandbookCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new Terminal(false));
    }

    @Test
    void aNewHandbookChecksAndBuildsWithNoWarningAndItsPagesLinkUp(@TempDir Path workspace) throws IOException {
        Path folder = workspace.resolve("field-guide");
        assertThat(run("init", folder.toString(), "--edition", "2026")).isZero();
        assertThat(out.toString()).contains("Started the handbook \"Field guide\"", "handbook.yml",
                ".github/workflows/handbook.yml", "java -jar handbook.jar serve");
        assertThat(folder.resolve("handbook.yml")).content().startsWith("# yaml-language-server: $schema=schemas/handbook.schema.json");

        assertThat(run("check", "--strict", "--source", folder.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("0 errors, 0 warnings");
        assertThat(run("build", "--source", folder.toString())).as(err.toString()).isZero();

        Path book = folder.resolve("target/site/en/2026");
        Document home = Jsoup.parse(book.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.title()).contains("Field guide");
        Document introduction = Jsoup.parse(book.resolve("introduction/index.html").toFile(), "UTF-8");
        Element annexLink = introduction.select("main a[href*=checklist]").first();
        assertThat(annexLink).as("the chapter's cross-reference to the annex").isNotNull();
        assertThat(annexLink.text()).startsWith("Annex A").contains("Checklist for a new chapter");
        assertThat(introduction.select("main a[href=#readers]").text()).contains("1.1");
        assertThat(book.resolve("checklist/index.html")).exists();
        assertThat(home.select("a[type=application/epub+zip]").eachAttr("href")).contains("handbook-en-2026.epub");
        assertThat(EpubChecks.epubCheckFaults(book.resolve("handbook-en-2026.epub"))).isEmpty();
    }

    @Test
    void withCountriesTheExampleProfileIsBuiltAndCheckedClean(@TempDir Path workspace) throws IOException {
        Path folder = workspace.resolve("atlas");
        assertThat(run("init", folder.toString(), "--edition", "2026", "--with-countries")).isZero();
        assertThat(folder.resolve("countries/schema.json")).exists();
        assertThat(run("check", "--strict", "--source", folder.toString())).as(err.toString()).isZero();
        assertThat(run("build", "--source", folder.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("0 errors, 0 warnings");
        Document profile = Jsoup.parse(folder.resolve("target/site/en/2026/countries/th/index.html").toFile(), "UTF-8");
        assertThat(profile.select("main h1").text()).contains("Thailand");
        assertThat(profile.select("main").text()).contains("Not recorded", "2013");
    }

    @Test
    void aTitleWithQuotesAndMarksStaysTheTitle(@TempDir Path workspace) throws IOException {
        Path folder = workspace.resolve("guide");
        String title = "Guide: \"Cooperation\" # 2 \\ more";
        assertThat(run("init", folder.toString(), "--edition", "2026", "--title", title)).isZero();
        assertThat(run("build", "--source", folder.toString())).as(err.toString()).isZero();
        Document home = Jsoup.parse(folder.resolve("target/site/en/2026/index.html").toFile(), "UTF-8");
        assertThat(home.title()).contains(title);
        assertThat(folder.resolve("README.md")).content().startsWith("# " + title + "\n");
    }

    @Test
    void refusesAFolderThatIsNotEmptyAndWritesNothing(@TempDir Path workspace) throws IOException {
        Path folder = Files.createDirectories(workspace.resolve("notes"));
        Files.writeString(folder.resolve("handbook.yml"), "title: Mine\n");
        assertThat(run("init", folder.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("is not empty", "an empty or new folder");
        assertThat(folder.resolve("handbook.yml")).hasContent("title: Mine\n");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).hasSize(1);
        }
        assertThat(run("init", folder.resolve("handbook.yml").toString())).as("a file").isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("handbook.yml is a file, not a folder");
    }

    @Test
    void aBadTitleOrEditionIsAUsageErrorAndWritesNothing(@TempDir Path workspace) {
        Path folder = workspace.resolve("new");
        assertThat(run("init", folder.toString(), "--edition", "Latest Draft")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("'Latest Draft' is not an edition id");
        assertThat(run("init", folder.toString(), "--title", "two\nlines")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("the title must be one line of text");
        assertThat(folder).doesNotExist();
    }

    @Test
    void theFirstEditionIsThisYearsAndTheSameOptionsGiveTheSameFiles(@TempDir Path workspace) throws IOException {
        int before = LocalDate.now().getYear();
        assertThat(run("init", workspace.resolve("a/field-guide").toString())).isZero();
        assertThat(run("init", workspace.resolve("b/field-guide").toString())).isZero();
        int after = LocalDate.now().getYear();
        assertThat(workspace.resolve("a/field-guide/handbook.yml")).content()
                .containsAnyOf("id: \"" + before + "\"", "id: \"" + after + "\"");
        assertThat(contents(workspace.resolve("a/field-guide"))).isEqualTo(contents(workspace.resolve("b/field-guide")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWorkflowRunsOnlyCommandsTheToolAccepts(@TempDir Path workspace) throws IOException {
        Path folder = workspace.resolve("guide");
        assertThat(run("init", folder.toString(), "--edition", "2026")).isZero();
        String text = Files.readString(folder.resolve(".github/workflows/handbook.yml"));
        String weekly = Files.readString(folder.resolve(".github/workflows/links.yml"));
        List<Map<String, Object>> steps = new ArrayList<>();
        for (String each : List.of(text, weekly)) {
            Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(each);
            Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).values().iterator().next();
            steps.addAll((List<Map<String, Object>>) job.get("steps"));
        }
        List<String> commands = new ArrayList<>();
        for (Map<String, Object> step : steps) {
            for (String line : String.valueOf(step.getOrDefault("run", "")).lines().toList()) {
                int at = line.indexOf(JAVA_JAR);
                if (at >= 0) {
                    commands.add(line.substring(at + JAVA_JAR.length())
                            .replaceAll("\\$\\{\\{[^}]*}}", "main").replace("\"", "").strip());
                }
            }
        }
        assertThat(commands).anySatisfy(command -> assertThat(command).startsWith("check --strict --format github"))
                .anySatisfy(command -> assertThat(command).contains("--changed-since origin/main"))
                .anySatisfy(command -> assertThat(command).startsWith("build"))
                .anySatisfy(command -> assertThat(command).startsWith("links --format github"));
        for (String command : commands) {
            CommandLine parser = HandbookCommand.commandLine(new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter()), new Terminal(false));
            assertThatCode(() -> parser.parseArgs(command.split("\\s+"))).as(command).doesNotThrowAnyException();
        }
        assertThat(text).contains("vars.HANDBOOK_JAR_URL", "actions/upload-artifact", "path: target/site/");
        assertThat(weekly).contains("schedule:", "cron:", "path: " + LinksCommand.DEFAULT_CACHE);
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
