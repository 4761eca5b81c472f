package org.handbook.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbook.model.SitePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {

    private static final List<Path> SOURCES = List.of(Path.of("chapters"), Path.of("theme"));

    /** A build that writes only a manifest with this text and publishes it. */
    private static void publish(Path site, String manifest) throws Exception {
        try (Staging staging = Publisher.stage(site)) {
            staging.write(new SitePath("manifest.json"), bytes(manifest));
            staging.commit();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void commitReplacesTheWholeOutputFolder(@TempDir Path workspace) throws Exception {
        Path site = workspace.resolve("site");
        try (Staging staging = Publisher.stage(site)) {
            staging.write(new SitePath("manifest.json"), bytes("{}"));
            staging.write(SitePath.of("en", "old", "index.html"), bytes("old"));
            staging.commit();
        }
        publish(site, "{\"v\":2}");
        assertThat(Files.readString(site.resolve("manifest.json"))).isEqualTo("{\"v\":2}");
        assertThat(site.resolve("en")).as("files of the previous build do not linger").doesNotExist();
        assertThat(workspace.resolve(".site.previous/en/old/index.html")).as("kept until the next build").hasContent("old");
        assertThat(workspace.resolve(".site.staging")).doesNotExist();
        publish(site, "{\"v\":3}");
        assertThat(workspace.resolve(".site.previous/manifest.json")).hasContent("{\"v\":2}");
        assertThat(workspace.resolve(".site.previous/en")).doesNotExist();
    }

    @Test
    void aSiteLeftAsideByABuildKilledBetweenItsTwoMovesIsPutBackByTheNext(@TempDir Path workspace) throws Exception {
        Path site = workspace.resolve("site");
        publish(site, "good");
        Files.move(site, workspace.resolve(".site.previous"));

        try (Staging next = Publisher.stage(site)) {
            assertThat(site.resolve("manifest.json")).as("back before the next build writes anything").hasContent("good");
            // The next build fails and never commits: the good site stays.
        }
        assertThat(site.resolve("manifest.json")).hasContent("good");
    }

    @Test
    void aSecondBuildIntoTheSameFolderIsRefusedWhileTheFirstWrites(@TempDir Path workspace) throws Exception {
        Path site = workspace.resolve("site");
        try (Staging first = Publisher.stage(site)) {
            first.write(new SitePath("manifest.json"), bytes("first"));
            assertThatThrownBy(() -> Publisher.stage(site)).isInstanceOf(OutputFolderException.class)
                    .hasMessage("another build is writing " + site.toAbsolutePath().normalize()
                            + " now; wait for it to finish, or build into another folder with --out");
            assertThat(workspace.resolve(".site.staging/manifest.json")).as("the first build's work is untouched")
                    .hasContent("first");
            first.commit();
        }
        publish(site, "second");
        assertThat(site.resolve("manifest.json")).hasContent("second");
    }

    @Test
    void closingWithoutCommitLeavesThePreviousOutput(@TempDir Path workspace) throws Exception {
        Path site = workspace.resolve("site");
        publish(site, "first");
        try (Staging staging = Publisher.stage(site)) {
            staging.write(new SitePath("manifest.json"), bytes("second"));
        }
        assertThat(Files.readString(site.resolve("manifest.json"))).isEqualTo("first");
        assertThat(workspace.resolve(".site.staging")).doesNotExist();
    }

    @Test
    void refusesAFolderThatIsNotASite(@TempDir Path workspace) throws Exception {
        Path handbook = Files.createDirectories(workspace.resolve("handbook"));
        Files.writeString(Files.createDirectories(workspace.resolve("docs")).resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> Publisher.verify(workspace.resolve("docs"), handbook, SOURCES))
                .isInstanceOf(OutputFolderException.class).hasMessageContaining("not a site built by handbook");
        Files.writeString(workspace.resolve("file"), "x");
        assertThatThrownBy(() -> Publisher.verify(workspace.resolve("file"), handbook, SOURCES))
                .isInstanceOf(OutputFolderException.class);
        Publisher.verify(Files.createDirectories(workspace.resolve("empty")), handbook, SOURCES);
        Publisher.verify(workspace.resolve("new"), handbook, SOURCES);
    }

    @Test
    void refusesTheHandbookItselfAndTheFoldersTheBuildReads(@TempDir Path workspace) throws Exception {
        Path handbook = Files.createDirectories(workspace.resolve("handbook"));
        for (Path bad : List.of(handbook, workspace, handbook.resolve("theme/assets/site"), handbook.resolve("chapters"))) {
            assertThatThrownBy(() -> Publisher.verify(bad, handbook, SOURCES)).as(bad.toString())
                    .isInstanceOf(OutputFolderException.class);
        }
        Publisher.verify(handbook.resolve("target/site"), handbook, SOURCES);
    }

    @Test
    void followsSymbolicLinksBeforeDecidingWhereTheSiteWouldGo(@TempDir Path workspace) throws Exception {
        Path handbook = Files.createDirectories(workspace.resolve("handbook"));
        Files.createDirectories(handbook.resolve("chapters/en"));
        Files.createSymbolicLink(handbook.resolve("drafts"), handbook.resolve("chapters/en"));
        Files.createSymbolicLink(workspace.resolve("up"), workspace);

        assertThatThrownBy(() -> Publisher.verify(handbook.resolve("drafts/site"), handbook, SOURCES))
                .isInstanceOf(OutputFolderException.class).hasMessageContaining("is inside chapters/, which the build reads");
        assertThatThrownBy(() -> Publisher.verify(workspace.resolve("up/up"), handbook, SOURCES))
                .isInstanceOf(OutputFolderException.class).hasMessageContaining("holds the handbook's sources");
        assertThat(handbook.resolve("chapters/en/site")).doesNotExist();
    }
}
