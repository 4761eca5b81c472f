package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.handbook.TestHandbooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} as a pull request's CI runs it, on a copy of the repository's handbook with three
 * editors' mistakes: a reference to a chapter that does not exist, a misspelt value in a country
 * profile, and an English section changed under its translations.
 */
class CheckFormatsTest {

    @TempDir
    static Path workspace;

    private static Path handbook;
    private static int referenceLine;
    private static int schemaLine;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void breakACopy() throws IOException {
        handbook = TestHandbooks.copyRepositoryHandbook(workspace.resolve("handbook"));
        Path chapter = handbook.resolve("chapters/en/04-mutual-legal-assistance.md");
        TestHandbooks.replace(chapter, "(xref:informal-cooperation)", "(xref:informal-cooperations)");
        referenceLine = lineOf(chapter, "xref:informal-cooperations");
        TestHandbooks.replace(chapter, "## The prosecutor's steps", "## The prosecutor's steps\n\nA sentence added in English.");
        Path profile = handbook.resolve("countries/TH.yml");
        String text = Files.readString(profile);
        int first = text.indexOf("status: ratified");
        Files.writeString(profile, text.substring(0, first) + "status: ratifed" + text.substring(first + "status: ratified".length()));
        schemaLine = lineOf(profile, "status: ratifed");
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    private int run(String... args) {
        return HandbookCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new Terminal(false));
    }

    @Test
    void githubFormatAnnotatesEachProblemOnItsFileAndLine() {
        assertThat(run("check", "--format", "github", "--source", handbook.toString())).isEqualTo(1);

        List<String> annotations = out.toString().lines().filter(line -> line.startsWith("::")).toList();
        assertThat(annotations).filteredOn(line -> line.contains("HB-XREF-UNKNOWN")).singleElement().asString()
                .startsWith("::error file=chapters/en/04-mutual-legal-assistance.md,line=" + referenceLine + ",col=")
                .contains("title=HB-XREF-UNKNOWN::cannot resolve xref:informal-cooperations")
                .contains("%0Ahint: ");
        assertThat(annotations).filteredOn(line -> line.contains("HB-COUNTRY-SCHEMA")).singleElement().asString()
                .startsWith("::error file=countries/TH.yml,line=" + schemaLine + ",col=");
        assertThat(annotations).filteredOn(line -> line.contains("HB-TRANSLATION-OUTDATED"))
                .extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactlyInAnyOrder("::warning file=chapters/th/04-mutual-legal-assistance.md",
                        "::warning file=chapters/id/04-mutual-legal-assistance.md",
                        "::warning file=chapters/vi/04-mutual-legal-assistance.md");
        assertThat(annotations).allSatisfy(line -> assertThat(line).matches("::(error|warning) file=[^,:]+(,line=\\d+,col=\\d+)?,title=HB-[A-Z0-9-]+::[^\\r\\n]+"));
    }

    @Test
    void jsonFormatIsOneDocumentWithEveryProblemAndItsCode() throws IOException {
        assertThat(run("check", "--format", "json", "--source", handbook.toString())).isEqualTo(1);

        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.get("errors").asInt()).isEqualTo(2);
        List<String> found = new ArrayList<>();
        for (JsonNode diagnostic : report.get("diagnostics")) {
            found.add(diagnostic.get("code").asText() + " " + diagnostic.get("file").asText() + ":" + diagnostic.get("line").asText());
            assertThat(diagnostic.get("severity").asText()).isIn("error", "warning");
            assertThat(diagnostic.get("message").asText()).isNotBlank();
        }
        assertThat(found).contains("HB-XREF-UNKNOWN chapters/en/04-mutual-legal-assistance.md:" + referenceLine,
                "HB-COUNTRY-SCHEMA countries/TH.yml:" + schemaLine);
        assertThat(found).filteredOn(entry -> entry.startsWith("HB-TRANSLATION-OUTDATED")).hasSize(3);
        assertThat(report.get("warnings").asInt()).isEqualTo(report.get("diagnostics").size() - 2);
    }

    @Test
    void textFormatIsTheDefault() {
        assertThat(run("check", "--source", handbook.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("chapters/en/04-mutual-legal-assistance.md:" + referenceLine + ":")
                .contains("countries/TH.yml:" + schemaLine + ":");
        assertThat(out.toString()).startsWith("Checked ");
    }
}
