package org.handbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbook.links.LinkServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handbook links}: each broken or moved address reported at the line that cites it, in a chapter or a profile. */
class LinksCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return HandbookCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new Terminal(false));
    }

    @Test
    void brokenAndMovedAddressesAreReportedAtTheirFileAndLine(@TempDir Path workspace) throws IOException {
        try (LinkServers servers = new LinkServers()) {
            Path handbook = handbookCiting(servers, workspace);

            assertThat(run("links", "--source", handbook.toString(), "--timeout", "1", "--pause", "0")).isEqualTo(1);

            String chapter = "chapters/en/02-sources.md";
            assertThat(err.toString()).contains(
                    chapter + ":7:1: error: " + servers.at("/gone") + " is broken: the server answers HTTP 404 [HB-WEB-BROKEN]",
                    chapter + ":9:26: warning: " + servers.at("/moved") + " has moved for good to " + servers.at("/new-page")
                            + " [HB-WEB-MOVED]",
                    chapter + ":15:17: error: " + servers.at("/gone-too") + " is broken",
                    "countries/TH.yml:11:10: error: " + servers.at("/retired-source") + " is broken",
                    chapter + ":11:23: warning: " + servers.resetting() + " did not answer: the connection failed",
                    "hint: find where the document is now");
            assertThat(err.toString()).doesNotContain(servers.at("/page") + " ");
            assertThat(out.toString()).contains("Checked 6 addresses cited in 6 places (6 asked now, 0 known from the last"
                    + " checks): 3 broken, 1 moved, 1 did not answer");
            assertThat(handbook.resolve(LinksCommand.DEFAULT_CACHE)).content().contains(servers.at("/gone"), "\"checked\"");
        }
    }

    @Test
    void aWorkflowGetsAnnotationsAndOnlyMovedAddressesPassUnlessStrict(@TempDir Path workspace) throws IOException {
        try (LinkServers servers = new LinkServers()) {
            Path handbook = handbookCiting(servers, workspace);
            run("links", "--source", handbook.toString(), "--timeout", "1", "--pause", "0", "--format", "github");
            assertThat(out.toString()).contains("::error file=chapters/en/02-sources.md,line=7,col=1");

            writeChapter(handbook, chapter(servers).replace("/gone-too", "/page")
                    .replace("/gone", "/page").replace(servers.resetting(), servers.at("/page")));
            Files.writeString(handbook.resolve("countries/TH.yml"), Files.readString(handbook.resolve("countries/TH.yml"))
                    .replace(servers.at("/retired-source"), servers.at("/page")));
            assertThat(run("links", "--source", handbook.toString(), "--pause", "0")).as("a moved address is a warning").isZero();
            assertThat(run("links", "--source", handbook.toString(), "--pause", "0", "--strict")).isEqualTo(1);
        }
    }

    @Test
    void whenNoServerAnswersTheMachineIsTakenToBeOfflineAndNothingIsReported(@TempDir Path workspace) throws IOException {
        Path handbook = newHandbook(workspace);
        try (LinkServers servers = new LinkServers()) {
            writeChapter(handbook, "<" + servers.resetting() + "> and <" + servers.resetting().replace("/page", "/other") + ">\n");
            assertThat(run("links", "--source", handbook.toString(), "--pause", "0")).isEqualTo(2);
        }
        assertThat(err.toString()).contains("none of the 2 addresses asked answered", "no connection to the web")
                .doesNotContain("HB-WEB-UNREACHABLE");
        assertThat(handbook.resolve(LinksCommand.DEFAULT_CACHE)).doesNotExist();
    }

    @Test
    void aChapterNestedVeryDeepIsStillReadForItsAddresses(@TempDir Path workspace) throws IOException {
        Path handbook = newHandbook(workspace);
        try (LinkServers servers = new LinkServers()) {
            writeChapter(handbook, ">".repeat(90_000) + " <" + servers.at("/gone") + ">\n\n" + "- ".repeat(45_000) + "x\n\n" + "*a ".repeat(30_000) + "\n\n<"
                    + servers.at("/page") + ">\n");
            assertThat(run("links", "--source", handbook.toString(), "--pause", "0")).as(err.toString()).isEqualTo(1);
            assertThat(err.toString()).contains(servers.at("/gone") + " is broken");
        }
        assertThat(out.toString()).contains("Checked 2 addresses");
    }

    @Test
    void wrongOptionsAndAFolderThatIsNoHandbookAreUsageErrors(@TempDir Path workspace) {
        assertThat(run("links", "--source", workspace.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not a handbook");
        assertThat(run("links", "--source", workspace.toString(), "--timeout", "0")).isEqualTo(2);
    }

    /** A handbook made by init, whose second chapter will cite the addresses under test. */
    private Path newHandbook(Path workspace, String... options) {
        Path handbook = workspace.resolve("guide");
        List<String> args = new java.util.ArrayList<>(List.of("init", handbook.toString(), "--edition", "2026"));
        args.addAll(List.of(options));
        assertThat(run(args.toArray(String[]::new))).isZero();
        return handbook;
    }

    private static void writeChapter(Path handbook, String body) throws IOException {
        Files.writeString(handbook.resolve("chapters/en/02-sources.md"), "---\nid: sources\ntitle: Sources\n---\n\n" + body);
    }

    private Path handbookCiting(LinkServers servers, Path workspace) throws IOException {
        Path handbook = newHandbook(workspace, "--with-countries");
        writeChapter(handbook, chapter(servers));
        Path profile = handbook.resolve("countries/TH.yml");
        String text = Files.readString(profile);
        String url = text.lines().filter(line -> line.strip().startsWith("url:")).findFirst().orElseThrow().strip().substring(5);
        Files.writeString(profile, text.replace(url, servers.at("/retired-source")));
        return handbook;
    }

    private static String chapter(LinkServers servers) {
        return "A working page: <" + servers.at("/page") + ">.\n"
                + "[A page that is gone](" + servers.at("/gone") + ").\n\n"
                + "A page that moved, once: [the old address](" + servers.at("/moved") + ").\n\n"
                + "A server that resets: " + servers.resetting() + "\n\n"
                + "A footnote.[^1]\n\n"
                + "[^1]: Gone too: <" + servers.at("/gone-too") + ">.\n";
    }
}
