package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build with errors reports all of them and publishes nothing. */
class FailedBuildTest {

    @Test
    void brokenFrontMatterLeavesThePreviousOutputUntouched(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        Path site = workspace.resolve("site");
        assertThat(Handbook.build(BuildRequest.build(handbook, Optional.of(site)), Progress.NONE).hasErrors()).isFalse();
        Map<String, byte[]> before = TestHandbooks.snapshot(site);

        TestHandbooks.write(handbook.resolve("chapters/en/02-channels.md"), """
                ---
                id: channels
                title: [unclosed
                ---

                ## Police channels
                """);
        TestHandbooks.write(handbook.resolve("chapters/en/03-extradition.md"), """
                ---
                id: Extradition Chapter
                title: Extradition
                ---
                """);
        BuildResult failed = Handbook.build(BuildRequest.build(handbook, Optional.of(site)), Progress.NONE);

        assertThat(failed.hasErrors()).isTrue();
        assertThat(failed.output()).isEmpty();
        assertThat(failed.diagnostics()).extracting(d -> d.position() + " " + d.code()).containsExactly(
                "chapters/en/02-channels.md:3:8 HB-YAML-SYNTAX",
                "chapters/en/03-extradition.md:2:5 HB-FRONTMATTER-ID");
        Map<String, byte[]> after = TestHandbooks.snapshot(site);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        // Nothing staged is left beside the site; the lock file that keeps two builds apart stays, empty.
        assertThat(workspace).isDirectoryNotContaining(path -> path.getFileName().toString().startsWith(".site")
                && !path.getFileName().toString().equals(".site.lock"));
        assertThat(workspace.resolve(".site.lock")).isEmptyFile();
    }

    @Test
    void scriptsInAChapterNeverReachTheOutput(@TempDir Path workspace) throws Exception {
        Path handbook = withChannelsBody(workspace, """
                <script>alert("block")</script>

                Inline <img src="x" onerror="alert('inline')"> and <b onclick="steal()">bold</b>.
                """);
        Path site = workspace.resolve("site");
        BuildResult built = Handbook.build(BuildRequest.build(handbook, Optional.of(site)), Progress.NONE);

        assertThat(built.hasErrors()).isFalse();
        assertThat(built.diagnostics()).extracting(Diagnostic::code).containsOnly("HB-MD-RAW-HTML");
        String html = new String(TestHandbooks.snapshot(site).get("en/2026/channels/index.html"));
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        OutputSafety.assertDataBlocksHoldOnlyJson(page);
        assertThat(page.select(OutputSafety.SCRIPTS)).as("the theme's own search scripts, and no other")
                .extracting(script -> script.attr("src")).satisfiesExactly(src -> assertThat(src).matches("(\\.\\./)+assets/search\\.[0-9a-f]+\\.js"),
                        src -> assertThat(src).matches("(\\.\\./)+assets/search-offline\\.[0-9a-f]+\\.js"));
        assertThat(page.select("main img, main b, [onerror], [onclick]")).isEmpty();
        assertThat(html).doesNotContain("<img", "<b ").contains("&lt;script&gt;alert");
    }

    @Test
    void unsafeLinkTargetsAreErrors(@TempDir Path workspace) throws Exception {
        Path handbook = withChannelsBody(workspace,
                "A [trap](javascript:alert(1)) and an ![image](data:image/svg+xml;base64,AAAA).\n");
        BuildResult built = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);

        assertThat(built.diagnostics()).extracting(d -> d.position() + " " + d.code()).containsExactly(
                "chapters/en/02-channels.md:6:3 HB-MD-UNSAFE-LINK",
                "chapters/en/02-channels.md:6:38 HB-MD-UNSAFE-LINK");
        assertThat(workspace.resolve("site")).doesNotExist();
    }

    @Test
    void aFailedBuildKeepsTheRollbackCopyToo(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        Path site = workspace.resolve("site");
        Handbook.build(BuildRequest.build(handbook, Optional.of(site)), Progress.NONE);
        Handbook.build(BuildRequest.build(handbook, Optional.of(site)), Progress.NONE);
        Map<String, byte[]> rollback = TestHandbooks.snapshot(workspace.resolve(".site.previous"));

        TestHandbooks.write(handbook.resolve("chapters/en/02-channels.md"), "no front matter\n");
        assertThat(Handbook.build(BuildRequest.build(handbook, Optional.of(site)), Progress.NONE).hasErrors()).isTrue();

        assertThat(TestHandbooks.snapshot(workspace.resolve(".site.previous")).keySet())
                .containsExactlyElementsOf(rollback.keySet());
    }

    @Test
    void markdownNestedTooDeeplyIsAContentErrorNotACrash(@TempDir Path workspace) throws Exception {
        Path handbook = withChannelsBody(workspace, ">".repeat(5_000) + " deep\n\n" + "*a".repeat(20_000) + "\n");
        BuildResult built = Handbook.build(BuildRequest.check(handbook), Progress.NONE);

        assertThat(built.diagnostics()).extracting(d -> d.position() + " " + d.code())
                .containsExactly("chapters/en/02-channels.md:6:65 HB-MD-TOO-DEEP");
    }

    @Test
    void brokenLinksAndAnchorsBetweenPagesAreErrors(@TempDir Path workspace) throws Exception {
        Path handbook = withChannelsBody(workspace, """
                [ok](../introduction/index.html#scope) [ok too](../introduction/#requests-replies) [home](../index.html)
                [gone](../introdution/index.html) [bad anchor](../introduction/index.html#scop) [own](#police-channel)
                [outside](../../../../../etc/passwd) [footnote](#fn-1) [external](https://example.org/x#y)

                ## Police channels
                """);
        BuildResult built = Handbook.build(BuildRequest.check(handbook), Progress.NONE);
        assertThat(built.diagnostics()).extracting(d -> d.position() + " " + d.code() + " " + d.hint()).containsExactly(
                "chapters/en/02-channels.md:7:1 HB-LINK-BROKEN link to another part of the handbook with xref:<page-id>,"
                        + " annex:<letter> or country:<code>",
                "chapters/en/02-channels.md:7:35 HB-LINK-ANCHOR did you mean '#scope'? anchors are the ids of headings, captioned tables and numbered paragraphs",
                "chapters/en/02-channels.md:7:81 HB-LINK-ANCHOR did you mean '#police-channels'? anchors are the ids of headings, captioned tables and numbered paragraphs",
                "chapters/en/02-channels.md:8:1 HB-LINK-BROKEN link to another part of the handbook with xref:<page-id>,"
                        + " annex:<letter> or country:<code>");
    }

    @Test
    void aReferenceToAParagraphThatDoesNotExistIsAnError(@TempDir Path workspace) throws Exception {
        Path handbook = withChannelsBody(workspace, "See [](xref:introduction#p99) and [](xref:introduction#p3).\n");
        BuildResult built = Handbook.build(BuildRequest.check(handbook), Progress.NONE);
        assertThat(built.diagnostics()).extracting(d -> d.position() + " " + d.message()).containsExactly(
                "chapters/en/02-channels.md:6:5 cannot resolve xref:introduction#p99: 'introduction' has numbered paragraphs p1 to p3 only");
    }

    /** A copy of the minimal handbook whose "channels" chapter has {@code body}, starting on line 6. */
    private static Path withChannelsBody(Path workspace, String body) {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        TestHandbooks.write(handbook.resolve("chapters/en/02-channels.md"),
                "---\nid: channels\ntitle: Channels\n---\n\n" + body);
        return handbook;
    }
}
