package org.handbook.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handbook.model.SitePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {

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
        try (Staging staging = Publisher.stage(site)) {
            staging.write(new SitePath("manifest.json"), bytes("{\"v\":2}"));
            staging.commit();
        }
        assertThat(Files.readString(site.resolve("manifest.json"))).isEqualTo("{\"v\":2}");
        assertThat(site.resolve("en")).as("files of the previous build do not linger").doesNotExist();
        assertThat(workspace.resolve(".site.previous/en/old/index.html")).as("kept until the next build").hasContent("old");
        assertThat(workspace.resolve(".site.staging")).doesNotExist();
        try (Staging staging = Publisher.stage(site)) {
            staging.write(new SitePath("manifest.json"), bytes("{\"v\":3}"));
            staging.commit();
        }
        assertThat(workspace.resolve(".site.previous/manifest.json")).hasContent("{\"v\":2}");
        assertThat(workspace.resolve(".site.previous/en")).doesNotExist();
    }

    @Test
    void closingWithoutCommitLeavesThePreviousOutput(@TempDir Path workspace) throws Exception {
        Path site = workspace.resolve("site");
        try (Staging staging = Publisher.stage(site)) {
            staging.write(new SitePath("manifest.json"), bytes("first"));
            staging.commit();
        }
        try (Staging staging = Publisher.stage(site)) {
            staging.write(new SitePath("manifest.json"), bytes("second"));
        }
        assertThat(Files.readString(site.resolve("manifest.json"))).isEqualTo("first");
        assertThat(workspace.resolve(".site.staging")).doesNotExist();
    }

    @Test
    void refusesAFolderThatIsNotASite(@TempDir Path workspace) throws Exception {
        Files.writeString(Files.createDirectories(workspace.resolve("docs")).resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> Publisher.stage(workspace.resolve("docs")))
                .isInstanceOf(OutputFolderException.class).hasMessageContaining("not a site built by handbook");
        Files.writeString(workspace.resolve("file"), "x");
        assertThatThrownBy(() -> Publisher.stage(workspace.resolve("file"))).isInstanceOf(OutputFolderException.class);
        try (Staging staging = Publisher.stage(Files.createDirectories(workspace.resolve("empty")))) {
            staging.commit();
        }
    }
}
