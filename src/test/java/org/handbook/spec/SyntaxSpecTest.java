package org.handbook.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Golden;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the examples of the handbook's Markdown syntax in {@code src/test/resources/spec/}. Each
 * example is written as the body of a chapter ({@code id: example}) of a fixture handbook, by
 * default {@code references}, which has chapters "requests" and "extradition", annex A "forms" and
 * a glossary as annex B, in English and Thai; the expected HTML is the chapter's body as built, or
 * the diagnostics for the example's lines.
 */
class SyntaxSpecTest {

    private static final String CHAPTER = "chapters/en/05-example.md";

    static List<SpecExample> examples() throws IOException {
        Path folder = Golden.repositoryRoot().resolve("src/test/resources/spec");
        List<SpecExample> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                examples.addAll(SpecFile.read(file.getFileName().toString(), Files.readString(file)));
            }
        }
        return examples;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(SpecExample example, @TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy(example.fixture(), workspace);
        String frontMatter = "---\nid: example\ntitle: Example\n" + (example.numbered() ? "paragraphs: numbered\n" : "") + "---\n";
        TestHandbooks.write(handbook.resolve(CHAPTER), frontMatter + example.markdown());
        int bodyFirstLine = (int) frontMatter.chars().filter(c -> c == '\n').count() + 1;

        BuildResult result = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))),
                Progress.NONE);

        if (example.expectsDiagnostics()) {
            assertThat(diagnostics(result, bodyFirstLine)).as(example.toString()).isEqualTo(example.expected());
        } else {
            assertThat(result.hasErrors()).as(example.toString()).isFalse();
            assertThat(diagnostics(result, bodyFirstLine)).as(example.toString()).isEmpty();
            String page = Files.readString(builtExample(workspace.resolve("site/en")), StandardCharsets.UTF_8);
            assertThat(body(page)).as(example.toString()).isEqualTo(example.expected());
        }
    }

    /** The example chapter's page in the English book, whatever the fixture's edition is called ("latest" only redirects). */
    private static Path builtExample(Path english) throws IOException {
        try (Stream<Path> editions = Files.list(english)) {
            return editions.filter(edition -> !edition.getFileName().toString().equals("latest"))
                    .map(edition -> edition.resolve("example/index.html")).filter(Files::exists).findFirst().orElseThrow();
        }
    }

    /** The chapter's body as built: after its title and the theme's "on this page", before the list of pages referring to it. */
    private static String body(String page) {
        int start = page.indexOf("</h1>\n", page.indexOf("<main")) + "</h1>\n".length();
        if (page.startsWith("<nav class=\"page-toc\"", start)) {
            start = page.indexOf("</nav>\n", start) + "</nav>\n".length();
        }
        int details = page.indexOf("<details class=\"referenced-from\">", start);
        int end = details >= 0 ? details : page.indexOf("</article>", start);
        return page.substring(start, end);
    }

    /** The example's diagnostics, at lines counted from the start of the example. */
    private static String diagnostics(BuildResult result, int bodyFirstLine) {
        return result.diagnostics().stream()
                .filter(diagnostic -> diagnostic.position().file().toString().replace('\\', '/').equals(CHAPTER))
                .map(diagnostic -> line(diagnostic, bodyFirstLine))
                .collect(Collectors.joining());
    }

    private static String line(Diagnostic diagnostic, int bodyFirstLine) {
        return (diagnostic.position().line() - bodyFirstLine + 1) + ":" + diagnostic.position().column() + ": "
                + diagnostic.severity().label() + ": " + diagnostic.message() + " [" + diagnostic.code() + "]\n";
    }
}
