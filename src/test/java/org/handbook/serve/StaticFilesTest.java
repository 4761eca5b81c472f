package org.handbook.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticFilesTest {

    @Test
    void filesAreServedWithTheirTypesPrintAndFontsIncluded() {
        assertThat(StaticFiles.contentType(Path.of("handbook-en-2026.pdf"))).isEqualTo("application/pdf");
        assertThat(StaticFiles.contentType(Path.of("NotoSansThai.woff2"))).isEqualTo("font/woff2");
        assertThat(StaticFiles.contentType(Path.of("font.ttf"))).isEqualTo("font/ttf");
        assertThat(StaticFiles.contentType(Path.of("style.1a2b.css"))).isEqualTo("text/css; charset=utf-8");
        assertThat(StaticFiles.contentType(Path.of("search.1a2b.js"))).isEqualTo("text/javascript; charset=utf-8");
        assertThat(StaticFiles.contentType(Path.of("index.HTML"))).isEqualTo("text/html; charset=utf-8");
        assertThat(StaticFiles.contentType(Path.of("en_1234.pf_fragment"))).isEqualTo("application/octet-stream");
    }

    @Test
    void onlyFilesInsideTheSiteAreFound(@TempDir Path workspace) throws Exception {
        Path site = Files.createDirectories(workspace.resolve("site/en"));
        Files.writeString(site.resolve("index.html"), "home");
        Files.writeString(workspace.resolve("secret.txt"), "secret");
        Path root = workspace.resolve("site");

        assertThat(StaticFiles.resolve(root, "/en/")).contains(site.resolve("index.html").toRealPath());
        assertThat(StaticFiles.resolve(root, "/en/index.html")).isPresent();
        assertThat(StaticFiles.resolve(root, "/en")).as("a folder is asked for with its slash").isEmpty();
        assertThat(StaticFiles.isFolderWithoutSlash(root, "/en")).isTrue();
        assertThat(StaticFiles.isFolderWithoutSlash(root, "/en/index.html")).isFalse();
        assertThat(StaticFiles.resolve(root, "/en/index.html/")).as("a file is not a folder").isEmpty();
        for (String outside : new String[] {"/../secret.txt", "/en/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
                "/en/%2e%2e/%2e%2e/secret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt", "/en/%00", "/%zz", "en/index.html",
                "/C:/secret.txt"}) {
            assertThat(StaticFiles.resolve(root, outside)).as(outside).isEmpty();
        }
    }
}
