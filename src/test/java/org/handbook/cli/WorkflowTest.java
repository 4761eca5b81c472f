package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.handbook.Golden;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;

/**
 * The pull-request workflow editors rely on: it checks with annotations (on a pull request, what
 * the change brings), reviews the change, builds, and attaches the site; and every
 * {@code ./handbook} command it runs is one the tool accepts as written.
 */
class WorkflowTest {

    @Test
    @SuppressWarnings("unchecked")
    void theWorkflowChecksBuildsAndAttachesTheSiteWithCommandsTheToolAccepts() throws IOException {
        String text = Files.readString(Golden.repositoryRoot().resolve(".github/workflows/handbook.yml"));
        Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) jobs.values().iterator().next()).get("steps");

        List<String> commands = new ArrayList<>();
        for (Map<String, Object> step : steps) {
            Object run = step.get("run");
            // Each ./handbook line of a step's script, with the workflow's expressions given a value.
            for (String line : run == null ? List.<String>of() : run.toString().lines().toList()) {
                int at = line.indexOf("./handbook ");
                if (at >= 0) {
                    commands.add(line.substring(at).replaceAll("\\$\\{\\{[^}]*}}", "main").replace("\"", "").strip());
                }
            }
        }
        assertThat(commands).anySatisfy(command -> assertThat(command).startsWith("./handbook check").contains("--format github"))
                .anySatisfy(command -> assertThat(command).startsWith("./handbook check").contains("--changed-since origin/main"))
                .anySatisfy(command -> assertThat(command).startsWith("./handbook review origin/main"))
                .anySatisfy(command -> assertThat(command).startsWith("./handbook build"));
        for (String command : commands) {
            String[] args = Arrays.copyOfRange(command.split("\\s+"), 1, command.split("\\s+").length);
            StringWriter sink = new StringWriter();
            CommandLine parser = new CommandLine(new HandbookCommand(),
                    new CommandFactory(new PrintWriter(sink), new PrintWriter(sink), new Terminal(false)));
            assertThatCode(() -> parser.parseArgs(args)).as(command).doesNotThrowAnyException();
        }
        assertThat(steps).anySatisfy(step -> {
            assertThat(String.valueOf(step.get("uses"))).startsWith("actions/upload-artifact");
            assertThat(((Map<String, Object>) step.get("with")).get("path").toString()).startsWith("target/site");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWeeklyLinkCheckRunsLinksOnScheduleAndKeepsItsCache() throws IOException {
        String text = Files.readString(Golden.repositoryRoot().resolve(".github/workflows/links.yml"));
        Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
        assertThat(((Map<String, Object>) workflow.get("on")).get("schedule")).asString().contains("cron");
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).values().iterator().next();
        List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");
        String run = steps.stream().map(step -> String.valueOf(step.getOrDefault("run", ""))).filter(line -> line.startsWith("./handbook"))
                .findFirst().orElseThrow();
        assertThat(run).startsWith("./handbook links").contains("--format github");
        String[] args = run.substring("./handbook ".length()).strip().split("\\s+");
        CommandLine parser = new CommandLine(new HandbookCommand(),
                new CommandFactory(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), new Terminal(false)));
        assertThatCode(() -> parser.parseArgs(args)).as(run).doesNotThrowAnyException();
        assertThat(steps).anySatisfy(step -> assertThat(String.valueOf(step.get("uses"))).startsWith("actions/cache/restore"))
                .anySatisfy(step -> assertThat(String.valueOf(step.get("uses"))).startsWith("actions/cache/save"));
        assertThat(text).contains("path: " + LinksCommand.DEFAULT_CACHE);
    }
}
