package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.handbook.model.Progress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every channel that takes an editor's text is held to one policy: remote images, unsafe schemes
 * and raw HTML never reach a page. Chapters and data files are checked by the fixture
 * {@code hostile/09-addresses-in-every-channel} (its diagnostics, by {@link HostileInputsTest});
 * interface strings and country data are built here, to see what readers get.
 */
class MarkdownChannelsTest {

    private static final String TRAP = "![pixel](https://tracker.example/pixel.png) [click](javascript:alert(1)) <img src=//tracker.example/p.png>";

    @Test
    void interfaceStringsAreShownAsTheTextTheyAre(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        TestHandbooks.write(handbook.resolve("theme/i18n/en.yml"), "search: \"" + TRAP.replace("\"", "\\\"") + "\"\n");
        Path site = workspace.resolve("site");

        BuildResult result = Handbook.build(BuildRequest.build(handbook, Optional.of(site)).asPreview(), Progress.NONE);

        assertThat(result.hasErrors()).isFalse();
        Document page = Jsoup.parse(site.resolve("en/2026/introduction/index.html").toFile());
        assertThat(page.selectFirst("form.site-search button").text()).isEqualTo(TRAP);
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("a[href]").eachAttr("href")).noneMatch(href -> href.contains("javascript"));
        OutputSafety.assertNothingExecutableButTheThemesScript(site);
    }

    @Test
    void countryDataShowsItsMarkdownWithoutImagesFromElsewhere(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        TestHandbooks.replace(handbook.resolve("countries/XA.yml"),
                "note: Requests go to its **international affairs** department. <script>alert(1)</script>",
                "note: Requests go to its **international affairs** department. ![pixel](https://tracker.example/pixel.png)");
        Path site = workspace.resolve("site");

        BuildResult result = Handbook.build(BuildRequest.build(handbook, Optional.of(site)).asPreview(), Progress.NONE);

        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("HB-IMAGE-REMOTE"))
                .extracting(d -> d.position().toString()).containsExactly("countries/XA.yml:25:11");
        assertThat(site).doesNotExist();
    }
}
