package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weight of a page as the budget counts it: its stylesheet and scripts once each, its own text up to 24 KB. */
class PageWeightTest {

    @Test
    void aPageWeighsItsLinkedFilesOnceAndItsOwnTextUpTo24Kb(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("assets"));
        Files.writeString(site.resolve("assets/style.css"), "x".repeat(1000));
        Files.writeString(site.resolve("assets/app.js"), "y".repeat(500));
        String head = "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"../assets/style.css?v=1\">"
                + "<link rel=\"stylesheet\" href=\"../assets/style.css\"><script src=\"../assets/app.js\"></script></head>";
        Path shortPage = Files.writeString(Files.createDirectories(site.resolve("short")).resolve("index.html"),
                head + "<body><nav>Menu</nav><main><p>ไทย</p></main></body></html>");
        Path longPage = Files.writeString(Files.createDirectories(site.resolve("long")).resolve("index.html"),
                head + "<body><main><p>" + "ก".repeat(30 * 1024) + "</p></main></body></html>");

        PageWeight light = PageWeight.of(site, shortPage);
        assertThat(light.assets()).isEqualTo(1500);
        assertThat(light.text()).as("three Thai letters, three bytes each; the menu is not the page's own text").isEqualTo(9);
        assertThat(light.counted()).isEqualTo(Files.size(shortPage) + 1500);

        PageWeight heavy = PageWeight.of(site, longPage);
        assertThat(heavy.text()).isEqualTo(90 * 1024);
        assertThat(heavy.counted()).isEqualTo(heavy.total() - (90 - 24) * 1024);
        assertThat(heavy.overBudget()).as("%s", heavy).isFalse();

        List<PageWeight> pages = PageWeight.everyPage(site);
        assertThat(pages).extracting(PageWeight::page).containsExactly("long/index.html", "short/index.html");
        assertThat(PageWeight.report(pages)).containsPattern("long/index\\.html: [0-9,]+ counted of [0-9,]+ bytes \\([0-9,]+ of HTML,"
                + " 1,500 of stylesheet and scripts; 92,160 of its own text\\)");
    }
}
