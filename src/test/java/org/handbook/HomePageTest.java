package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.handbook.model.Progress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home page introduces the handbook before its contents; handbook.yml's description, accent and logo reach the reader. */
class HomePageTest {

    @TempDir
    static Path temp;

    private static Path site;

    @BeforeAll
    static void buildOnce() throws Exception {
        Path handbook = TestHandbooks.copy("minimal", temp);
        Path config = handbook.resolve("handbook.yml");
        TestHandbooks.write(config, Files.readString(config) + """
                description:
                  en: How to ask another State for <help> & evidence.
                theme:
                  accent: "#1b4f9c"
                  logo: img/logo.svg
                """);
        TestHandbooks.write(handbook.resolve("theme/assets/img/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        site = temp.resolve("site");
        BuildResult result = Handbook.build(BuildRequest.build(handbook, Optional.of(site)), Progress.NONE);
        assertThat(result.diagnostics()).isEmpty();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void theIntroductionComesBeforeTheContents() throws IOException {
        Element main = page("en/2026/index.html").selectFirst("main");
        Element intro = main.selectFirst(".home-intro");
        assertThat(intro.selectFirst("h1").text()).isEqualTo("Field Guide to Cooperation");
        assertThat(intro.selectFirst(".home-edition").text()).isEqualTo("First edition · 1 March 2026");
        assertThat(intro.selectFirst(".home-description").text()).isEqualTo("How to ask another State for <help> & evidence.");
        Element start = intro.selectFirst(".home-actions a.button");
        assertThat(start.text()).isEqualTo("Start reading Introduction");
        assertThat(start.attr("href")).isEqualTo("introduction/index.html");
        assertThat(intro.select(".home-versions dt").eachText()).containsExactly("Languages");
        assertThat(intro.select(".home-versions dd a").eachAttr("hreflang")).containsExactly("th");
        assertThat(main.children().indexOf(intro)).isLessThan(main.children().indexOf(main.selectFirst("nav.contents")));
    }

    @Test
    void theDescriptionIsEscapedAndNamesItsLanguageWhereItStandsInForAnother() throws IOException {
        Document english = page("en/2026/index.html");
        assertThat(english.selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("How to ask another State for <help> & evidence.");
        assertThat(english.select(".home-description script, .home-description help")).isEmpty();

        Element thai = page("th/2026/index.html").selectFirst(".home-description");
        assertThat(thai.attr("lang")).as("Thai has no description of its own: the English one, marked English").isEqualTo("en");
        assertThat(page("en/2026/introduction/index.html").select("meta[name=description]"))
                .as("a chapter's own text describes it better than the handbook's description").isEmpty();
    }

    @Test
    void theLogoLeadsTheHeaderOfEveryOtherPageAndTheMissingPage() throws IOException {
        Element logo = page("en/2026/introduction/index.html").selectFirst(".site-title a img.site-logo");
        assertThat(logo.attr("alt")).as("the title beside it names the link").isEmpty();
        assertThat(site.resolve("en/2026/introduction").resolve(logo.attr("src")).normalize()).exists();
        assertThat(page("en/2026/index.html").selectFirst("img.home-logo")).isNotNull();
        assertThat(page("404.html").selectFirst(".site-title img.site-logo").attr("src")).matches("/assets/img/logo\\.[0-9a-f]{10}\\.svg");
    }

    @Test
    void theAccentIsTheStylesheetsLastRule() throws IOException {
        Element stylesheet = page("en/2026/index.html").selectFirst("link[rel=stylesheet]");
        String css = Files.readString(site.resolve("en/2026").resolve(stylesheet.attr("href")).normalize());
        assertThat(css.strip()).endsWith("--accent-dark: #5f84ba;}");
        assertThat(css).contains(":root{--accent-light: #1b4f9c;");
    }
}
