package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.handbook.Golden;
import org.handbook.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the documentation tells people to type works on this repository's handbook: every command
 * of README.md and CONTRIBUTING.md (the lines of their {@code sh} blocks, and the commands they
 * quote in the text) is run on a copy of it, or listed below as not run, with the reason; every
 * place the documentation, the project's site pages included, gives as an example of a reference
 * ({@code [](xref:…)}, {@code annex:}, {@code glossary:}, {@code country:}) leads somewhere in it.
 */
class DocumentationExamplesTest {

    /** The documents whose commands are run. */
    private static final List<String> COMMAND_DOCUMENTS = List.of("README.md", "CONTRIBUTING.md");

    /**
     * Commands the documents show that a test cannot run, each with the reason. A command that is
     * neither run nor listed here fails the test, and so does an entry no document shows any more.
     */
    private static final Map<String, String> NOT_RUN = Map.ofEntries(
            Map.entry("java -jar handbook.jar init field-guide --title \"Field Guide\"", "writes a new handbook beside"
                    + " the current folder; InitCommandTest starts one at test time, then checks and builds it"),
            Map.entry("java -jar handbook.jar serve --source field-guide", "serves the new handbook's preview until it is"
                    + " stopped; PreviewTest runs serve, and InitCommandTest builds a new handbook"),
            Map.entry("java -jar handbook.jar build --source field-guide", "builds the handbook init made;"
                    + " InitCommandTest builds one made at test time"),
            Map.entry("./run-tests", "runs the whole test suite, this test among it, after installing packages"),
            Map.entry("mvn -B verify", "is the whole test suite, this test among it (./run-tests runs it)"),
            Map.entry("mvn -B site", "builds the project's site around the handbook with Maven; CI runs it, then CheckProjectSite"),
            Map.entry("mvn install", "installs the tool and the Maven plugin; MavenPluginIT installs both as it does, then"
                    + " builds a handbook through the plugin"),
            Map.entry("mvn handbook:build", "needs the plugin in a project's pom.xml; MavenPluginIT runs the plugin's goals"
                    + " in a project made at test time"),
            Map.entry("mvn handbook:check", "as mvn handbook:build: MavenPluginIT runs it by its prefix"),
            Map.entry("mvn handbook:serve", "serves a preview until it is stopped; PreviewTest runs serve"),
            Map.entry("mvn -B package -DskipTests", "builds the tool's jar, which the launcher does too; the tests run"
                    + " the classes it is made of"),
            Map.entry("mvn clean", "deletes target/, the build's own output; nothing of the handbook to check"),
            Map.entry("./handbook serve", "serves the preview until it is stopped; PreviewTest and PreviewServerTest run it"),
            Map.entry("./handbook check --changed-since origin/main", "needs a git clone with origin/main; ChangedSinceTest and"
                    + " ReviewCommandTest run it on a repository made at test time"),
            Map.entry("./handbook review origin/main", "needs a git clone with origin/main; ReviewTest and ReviewCommandTest run"
                    + " it on a repository made at test time"));

    /** A reference written as a link, or in angle brackets as the changes page shows it. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\]\\(((?:xref|annex|glossary|country):[^)\\s]+)\\)|<(xref:[^>\\s]+)>");

    private static final Pattern FENCE = Pattern.compile("(?ms)^[ \\t]*(`{3,})([^`\\n]*)\\n(.*?)^[ \\t]*\\1[ \\t]*$");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern OUTPUT_PATH = Pattern.compile("target/site/[A-Za-z0-9._/-]*");

    @Test
    void everyExampleCommandWorksOnACopyOfTheRepositorysHandbook(@TempDir Path workspace) throws IOException {
        Map<String, String> commands = new LinkedHashMap<>();
        for (String document : COMMAND_DOCUMENTS) {
            for (String command : commands(read(document))) {
                commands.putIfAbsent(command, document);
            }
        }
        assertThat(commands).as("the commands found in %s", COMMAND_DOCUMENTS)
                .containsKeys("./handbook build", "./handbook check", "./run-tests");

        for (Map.Entry<String, String> example : commands.entrySet()) {
            assertThat(NOT_RUN.containsKey(example.getKey()) || example.getKey().startsWith("./handbook "))
                    .as("%s shows `%s`: run it here, or list it in NOT_RUN with the reason it cannot be",
                            example.getValue(), example.getKey()).isTrue();
        }
        assertThat(commands.keySet()).as("every command listed as not run is still shown somewhere")
                .containsAll(NOT_RUN.keySet());

        Path handbook = TestHandbooks.copyRepositoryHandbook(workspace.resolve("handbook"));
        Set<String> run = new LinkedHashSet<>();
        for (Map.Entry<String, String> example : commands.entrySet()) {
            String command = example.getKey();
            if (NOT_RUN.containsKey(command)) {
                continue;
            }
            List<String> arguments = new ArrayList<>(List.of("--source", handbook.toString()));
            arguments.addAll(words(command.substring("./handbook ".length())));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = HandbookCommand.run(arguments.toArray(String[]::new), new PrintWriter(out, true),
                    new PrintWriter(err, true), new Terminal(false));
            assertThat(exit).as("`%s` from %s exits with 0; it printed:%n%s%s", command, example.getValue(), out, err).isZero();
            assertThat(err.toString()).as("`%s` from %s", command, example.getValue()).doesNotContain(": error:");
            run.add(command);
        }
        assertThat(run).as("commands run").contains("./handbook build", "./handbook check");

        Set<String> outputs = new TreeSet<>();
        for (String document : COMMAND_DOCUMENTS) {
            Matcher path = OUTPUT_PATH.matcher(read(document));
            while (path.find()) {
                outputs.add(path.group().replaceAll("[.]+$", ""));
            }
        }
        assertThat(outputs).as("output named in the documents").contains("target/site/index.html");
        for (String output : outputs) {
            assertThat(handbook.resolve(output)).as("%s, named in the documents, after the build", output).exists();
        }
    }

    @Test
    void everyReferenceTheDocumentationGivesAsAnExampleResolvesInTheRepositorysHandbook(@TempDir Path workspace)
            throws IOException {
        Set<String> references = new TreeSet<>();
        for (String document : documentation()) {
            Matcher reference = REFERENCE.matcher(read(document));
            while (reference.find()) {
                references.add(reference.group(1) != null ? reference.group(1) : reference.group(2));
            }
        }
        assertThat(references).as("the references found in the documentation")
                .contains("xref:mutual-legal-assistance#dual-criminality", "annex:B", "country:TH#extradition");

        Path handbook = TestHandbooks.copyRepositoryHandbook(workspace.resolve("handbook"));
        StringBuilder annex = new StringBuilder("---\nid: documentation-examples\ntitle: Documentation examples\nkind: annex\n---\n\n");
        for (String reference : references) {
            annex.append("- [](").append(reference).append(")\n");
        }
        TestHandbooks.write(handbook.resolve("chapters/en/99-documentation-examples.md"), annex.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = HandbookCommand.run(new String[] {"check", "--source", handbook.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true), new Terminal(false));
        assertThat(err.toString()).as("the examples %s", references).doesNotContain("99-documentation-examples.md");
        assertThat(exit).as(err.toString()).isZero();
    }

    /** Every command of a document: each line of its {@code sh} blocks, and the commands quoted in its text. */
    static List<String> commands(String markdown) {
        List<String> commands = new ArrayList<>();
        Matcher fence = FENCE.matcher(markdown);
        StringBuilder text = new StringBuilder();
        int end = 0;
        while (fence.find()) {
            text.append(markdown, end, fence.start());
            end = fence.end();
            if (!fence.group(2).strip().equals("sh")) {
                continue;
            }
            for (String line : fence.group(3).split("\n")) {
                String command = line.replaceAll("(^|\\s+)#.*$", "").strip();
                if (!command.isEmpty()) {
                    commands.add(command);
                }
            }
        }
        text.append(markdown.substring(end));
        Matcher span = CODE_SPAN.matcher(text);
        while (span.find()) {
            String quoted = span.group(1).strip();
            // ./handbook alone names the launcher; a command has arguments.
            if ((quoted.startsWith("./") || quoted.startsWith("mvn ")) && !quoted.equals("./handbook")) {
                commands.add(quoted);
            }
        }
        return commands;
    }

    /** A command's words, as a shell splits them: at spaces, except within quotes. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** README.md, CONTRIBUTING.md and the project's site pages. */
    private static List<String> documentation() throws IOException {
        List<String> documents = new ArrayList<>(COMMAND_DOCUMENTS);
        try (Stream<Path> pages = Files.list(Golden.repositoryRoot().resolve("src/site/markdown"))) {
            pages.filter(page -> page.toString().endsWith(".md")).sorted()
                    .forEach(page -> documents.add(Golden.repositoryRoot().relativize(page).toString().replace('\\', '/')));
        }
        return documents;
    }

    private static String read(String document) throws IOException {
        return Files.readString(Golden.repositoryRoot().resolve(document), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
