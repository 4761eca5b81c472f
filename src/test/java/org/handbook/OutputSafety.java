package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.databind.json.JsonMapper;

/** What no page of a built site may hold, whatever its sources: anything that runs but the theme's own scripts. */
public final class OutputSafety {

    /** A script element that holds data (the page's citation data), which no browser runs. */
    public static final String DATA_BLOCK = "script[type=application/ld+json]";
    /** Every other script element: each one runs. */
    public static final String SCRIPTS = "script:not([type=application/ld+json])";

    private OutputSafety() {
    }

    /**
     * The page's data blocks hold JSON and nothing else: it parses, and no {@code <} in it could end
     * its element and start markup; at most one per page.
     */
    public static void assertDataBlocksHoldOnlyJson(Document page) {
        assertThat(page.select(DATA_BLOCK)).hasSizeLessThanOrEqualTo(1).allSatisfy(block -> {
            assertThat(block.data()).doesNotContain("<");
            assertThat(JsonMapper.builder().build().readTree(block.data()).isObject()).isTrue();
        });
    }

    /**
     * Every page: no script but the theme's search scripts (the search itself, and its notice for a
     * site opened from a folder) and its citation script, no data block but one of JSON, no event
     * handler, no script address, no frame.
     */
    static void assertNothingExecutableButTheThemesScript(Path site) throws IOException {
        List<Path> pages;
        try (var files = Files.walk(site)) {
            pages = files.filter(file -> file.toString().endsWith(".html")).toList();
        }
        assertThat(pages).isNotEmpty();
        for (Path file : pages) {
            Document page = Jsoup.parse(file.toFile());
            String name = site.relativize(file).toString();
            assertDataBlocksHoldOnlyJson(page);
            assertThat(page.select(SCRIPTS)).as(name).allSatisfy(script -> {
                assertThat(script.attr("src")).matches("(\\.\\./)*assets/(search|search-offline|cite)\\.[0-9a-f]+\\.js");
                assertThat(script.data()).isEmpty();
            });
            assertThat(page.getAllElements()).as(name).allSatisfy(element -> element.attributes().forEach(attribute -> {
                assertThat(attribute.getKey()).as(name + " " + element.tagName()).doesNotStartWithIgnoringCase("on");
                assertThat(attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT))
                        .as(name + " " + element.tagName() + " " + attribute.getKey())
                        .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:text/html");
            }));
            assertThat(page.select("iframe, object, embed, base, form[action^=http]")).as(name).isEmpty();
        }
    }
}
