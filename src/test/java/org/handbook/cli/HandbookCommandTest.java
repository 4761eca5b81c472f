package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handbook.Golden;
import org.handbook.TestHandbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** What a person sees on the command line, and the exit codes CI acts on. */
class HandbookCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return HandbookCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new Terminal(false));
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("handbook ");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("build", "check", "--source", "--quiet", "--verbose", "Exit codes");
        assertThat(run("build", "--help")).isZero();
        assertThat(out.toString()).contains("--out=DIR", "previous output stays");
        assertThat(run("check", "--help")).isZero();
        assertThat(out.toString()).contains("writes nothing");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("name a command: init, build, serve, check, translations, edition, diff, review, merge or links");
        assertThat(run("build", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
        assertThat(run("publish")).isEqualTo(2);
    }

    @Test
    void serveRefusesAPortOrAddressItCannotUseBeforeBuilding(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        assertThat(run("serve", "--source", handbook.toString(), "--port", "70000")).isEqualTo(2);
        assertThat(err.toString()).contains("--port must be from 0 to 65535 (found 70000)");
        assertThat(run("serve", "--source", handbook.toString(), "--bind", "no such host.invalid")).isEqualTo(2);
        assertThat(err.toString()).contains("--bind must be an address of this machine");
        assertThat(run("serve", "--source", workspace.resolve("nothing").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not a handbook");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(run("serve", "--source", handbook.toString(), "--port", String.valueOf(taken.getLocalPort()))).isEqualTo(2);
            assertThat(err.toString()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort(), "--port 0");
        }
        assertThat(handbook.resolve("target/site")).as("serve never writes the published site").doesNotExist();
    }

    @Test
    void aBuildIntoAFolderAnotherBuildIsWritingIsAUsageError(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        try (var other = org.handbook.publish.Publisher.stage(handbook.resolve("target/site"))) {
            assertThat(run("build", "--source", handbook.toString())).isEqualTo(2);
            assertThat(err.toString()).contains("cannot publish: another build is writing", "build into another folder with --out");
        }
        assertThat(run("build", "--source", handbook.toString())).isZero();
    }

    @Test
    void aFolderWithoutHandbookYmlIsAUsageError(@TempDir Path empty) {
        assertThat(run("check", "--source", empty.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not a handbook: it has no handbook.yml", "--source DIR");
    }

    @Test
    void buildPrintsASummaryAndExitsWithZero(@TempDir Path workspace) {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        assertThat(run("build", "--source", handbook.toString())).isZero();
        assertThat(out.toString()).matches(
                "Built 12 pages \\(en/2026: 6, th/2026: 6\\) in \\d+\\.\\d\\d s: 0 errors, 0 warnings; output in target/site\\R");
        assertThat(handbook.resolve("target/site/manifest.json")).isRegularFile();
        // In a log, only the start and end of the slow stages: no warning, nothing else.
        assertThat(err.toString().lines()).containsExactly("search: 2 books...", err.toString().lines().toList().get(1));
        assertThat(err.toString().lines().toList().get(1)).matches("search: done in \\d+\\.\\d\\d s");
    }

    @Test
    void sourceMayComeBeforeTheCommand(@TempDir Path workspace) {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        Path site = workspace.resolve("elsewhere");
        assertThat(run("--source", handbook.toString(), "build", "--out", site.toString())).isZero();
        assertThat(site.resolve("index.html")).isRegularFile();
    }

    @Test
    void contentErrorsArePrintedWithPositionAndHintAndExitWithOne(@TempDir Path workspace) {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        TestHandbooks.write(handbook.resolve("chapters/en/02-channels.md"), "---\nid: channels\ntitel: Channels\n---\n");
        assertThat(run("check", "--source", handbook.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("""
                chapters/en/02-channels.md:2:1: error: the front matter has no 'title' [HB-YAML-MISSING]
                    hint: add 'title:' with text
                chapters/en/02-channels.md:3:1: error: unknown key 'titel' in the front matter [HB-YAML-UNKNOWN-KEY]
                    hint: did you mean 'title'? known keys: description, id, kind, paragraphs, title, translation
                """.replace("\n", System.lineSeparator()));
        assertThat(out.toString()).contains("2 errors, 0 warnings").doesNotContain("output in");
    }

    @Test
    void aMisspeltValueInACountryFileFailsCheckWithItsPosition(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        TestHandbooks.replace(handbook.resolve("countries/XA.yml"), "status: ratified", "status: ratifed");
        assertThat(run("check", "--quiet", "--source", handbook.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("countries/XA.yml:45:13: error: `/instruments/untoc/status` must be one of "
                + "signed, ratified, acceded, not-party; found `ratifed` — did you mean `ratified`? [HB-COUNTRY-SCHEMA]");
    }

    @Test
    void aReferenceToARenamedSectionFailsCheckWithItsPositionAndASuggestion(@TempDir Path workspace) {
        Path handbook = TestHandbooks.copy("references", workspace);
        TestHandbooks.replace(handbook.resolve("chapters/en/02-extradition.md"), "## Dual criminality", "## Double criminality");

        assertThat(run("check", "--source=" + handbook)).isEqualTo(1);
        assertThat(err.toString()).contains(
                "chapters/en/01-requests.md:11:104: error: cannot resolve xref:extradition#dual-criminality: "
                        + "'extradition' has no section '#dual-criminality' [HB-XREF-UNKNOWN]",
                "did you mean 'double-criminality'?",
                "chapters/th/01-requests.md:18:");
    }

    @Test
    void translationsPrintsTheStatusOfEachLanguageAsTextOrJson(@TempDir Path workspace) {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        assertThat(run("translations", "--source", handbook.toString())).isZero();
        assertThat(out.toString()).contains("th         2026              1        0        0        2      1/3 33%");
        out.getBuffer().setLength(0);
        assertThat(run("translations", "--format", "json", "--source", handbook.toString())).isZero();
        assertThat(out.toString()).startsWith("{\n  \"defaultLanguage\": \"en\",")
                .contains("\"file\": \"chapters/th/01-introduction.md\"", "\"status\": \"current\"", "\"status\": \"missing\"");
        assertThat(run("translations", "--format", "xml", "--source", handbook.toString())).isEqualTo(2);
    }

    @Test
    void theRepositorysHandbookPassesTheStrictCheckThatGatesPullRequests() {
        assertThat(run("check", "--strict", "--source", Golden.repositoryRoot().toString())).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("warning");
    }

    @Test
    void markRecordsTheSourceAndRefusesWhatIsNotATranslation(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        TestHandbooks.replace(handbook.resolve("chapters/en/01-introduction.md"), "A paragraph in the scope section.",
                "A paragraph on what the guide covers.");
        assertThat(run("check", "--strict", "--source", handbook.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("HB-TRANSLATION-OUTDATED", "--strict: the warnings above fail the run");

        assertThat(run("translations", "mark", "--source", handbook.toString(), "chapters/th/01-introduction.md",
                "chapters/en/02-channels.md")).isEqualTo(2);
        assertThat(out.toString()).contains("marked chapters/th/01-introduction.md: matches its source as of ");
        assertThat(err.toString()).contains("handbook: chapters/en/02-channels.md is not the translation of a chapter");
        err.getBuffer().setLength(0);
        assertThat(run("check", "--strict", "--source", handbook.toString())).as(err.toString()).isZero();
    }

    @Test
    void aBaseUrlGivesASitemapAndAbsoluteLanguageAlternates(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        assertThat(run("build", "--source", handbook.toString(), "--base-url", "https://guide.example.org/field")).isZero();
        String sitemap = Files.readString(handbook.resolve("target/site/sitemap.xml"));
        assertThat(sitemap).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .contains(String.join("\n    ",
                        "<loc>https://guide.example.org/field/th/2026/introduction/</loc>",
                        "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://guide.example.org/field/en/2026/introduction/\"/>",
                        "<xhtml:link rel=\"alternate\" hreflang=\"th\" href=\"https://guide.example.org/field/th/2026/introduction/\"/>",
                        "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://guide.example.org/field/en/2026/introduction/\"/>"));
        assertThat(Files.readString(handbook.resolve("target/site/th/2026/introduction/index.html")))
                .contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://guide.example.org/field/en/2026/introduction/\">");
        assertThat(run("build", "--source", handbook.toString(), "--base-url", "guide.example.org")).isEqualTo(2);
        assertThat(err.toString()).contains("--base-url must be a site's address");
    }

    @Test
    void aFrozenEditionBuildsAsItWasWhileTheNextOneChanges(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("editions", workspace);
        assertThat(run("edition", "freeze", "2", "--source", handbook.toString())).isZero();
        assertThat(out.toString()).contains("froze edition 2 into editions/2/ (4 files)");
        assertThat(handbook.resolve("editions/2/chapters/en/01-law.md")).hasSameTextualContentAs(handbook.resolve("chapters/en/01-law.md"));
        assertThat(run("edition", "freeze", "2", "--source", handbook.toString())).isEqualTo(2);
        assertThat(run("edition", "freeze", "9", "--source", handbook.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("editions/2/ exists already", "edition '9' is not declared in handbook.yml");

        TestHandbooks.replace(handbook.resolve("handbook.yml"), "    status: current",
                "    status: published\n  - id: \"3\"\n    title: Third edition\n    status: current");
        TestHandbooks.replace(handbook.resolve("chapters/en/01-law.md"), "Police talk to each other first.",
                "Police talk to each other first, by telephone.");
        out.getBuffer().setLength(0);
        assertThat(run("diff", "2", "3", "--source", handbook.toString())).isZero();
        assertThat(out.toString()).isEqualTo(String.join(System.lineSeparator(),
                "Changes from 2 to 3 (en)",
                "chapters: 0 added, 0 removed, 1 changed",
                "  changed    law                              The law (1 blocks)",
                "             Practice: Police talk to each other first{+, by telephone+}.",
                "country profiles: 0 changed", ""));
        out.getBuffer().setLength(0);
        assertThat(run("diff", "1", "3", "--format", "json", "--source", handbook.toString())).isZero();
        assertThat(out.toString()).contains("\"from\": \"1\"", "\"status\": \"added\"", "\"1.2 → 1.3\"",
                "\"before\": \"signed (2000-12-14)\"", "\"now\": \"ratified (2004-01-02)\"");
        assertThat(run("diff", "1", "7", "--source", handbook.toString())).isEqualTo(2);

        assertThat(run("build", "--source", handbook.toString())).isZero();
        assertThat(Files.readString(handbook.resolve("target/site/en/2/law/index.html")))
                .contains("Police talk to each other first.").doesNotContain("by telephone");
        assertThat(Files.readString(handbook.resolve("target/site/en/3/law/index.html"))).contains("by telephone");
    }

    @Test
    void quietPrintsErrorsOnly(@TempDir Path workspace) {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        TestHandbooks.write(handbook.resolve("chapters/en/02-channels.md"),
                "---\nid: channels\ntitle: Channels\n---\n\n<b>raw</b>\n");
        assertThat(run("build", "--quiet", "--source", handbook.toString())).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
        assertThat(run("build", "--source", handbook.toString())).isZero();
        assertThat(err.toString()).contains("chapters/en/02-channels.md:6:1: warning: raw HTML is shown as text");
    }

    @Test
    void refusesToReplaceAFolderThatIsNotASite(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        Path precious = workspace.resolve("precious");
        TestHandbooks.write(precious.resolve("notes.txt"), "keep me");
        assertThat(run("build", "--source", handbook.toString(), "--out", precious.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not a site built by handbook");
        assertThat(Files.readString(precious.resolve("notes.txt"))).isEqualTo("keep me");
    }

    @Test
    void internalErrorsAreOneLineUnlessVerbose() {
        StringWriter errors = new StringWriter();
        CommandLine failing = new CommandLine(new Failing());
        failing.setErr(new PrintWriter(errors, true));
        failing.setExecutionExceptionHandler(new InternalErrorHandler(new PrintWriter(errors, true)));

        assertThat(failing.execute()).isEqualTo(3);
        assertThat(errors.toString()).startsWith("handbook: internal error: java.lang.IllegalStateException: broken")
                .contains("--verbose").doesNotContain("\tat ");
        errors.getBuffer().setLength(0);
        assertThat(failing.execute("--verbose")).isEqualTo(3);
        assertThat(errors.toString()).contains("\tat ");
    }

    @Command(name = "failing")
    static final class Failing implements Runnable {

        @CommandLine.Option(names = "--verbose")
        boolean verbose;

        @Override
        public void run() {
            throw new IllegalStateException("broken");
        }
    }
}
