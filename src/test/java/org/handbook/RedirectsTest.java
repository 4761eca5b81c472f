package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.handbook.serve.Preview;
import org.handbook.validators.NuHtmlChecker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code redirects} fixture: pages that moved keep their old addresses through
 * {@code redirects} in handbook.yml. Its second edition is current, in English and Thai (the
 * extradition chapter not yet translated); its first edition still has the page {@code old-requests}
 * and an extradition chapter without the section a redirect names. One entry leads to another
 * (first-draft → old-requests → requests).
 */
class RedirectsTest {

    @TempDir
    static Path temp;

    private static Path site;
    private static BuildResult result;

    @BeforeAll
    static void buildOnce() throws Exception {
        site = temp.resolve("site");
        result = TestHandbooks.build("redirects", site);
    }

    @Test
    void buildsWithoutDiagnostics() {
        assertThat(result.diagnostics()).isEmpty();
    }

    /** Each old address in each language and edition: where it leads, relative to its own folder. */
    @ParameterizedTest
    @CsvSource({
            "en/2/old-requests, ../requests/index.html, 'This page has moved to: Chapter 1, Requests'",
            "th/2/old-requests, ../requests/index.html, 'หน้านี้ย้ายไปที่: บทที่ 1 คำร้องขอ'",
            "en/2/legacy-extradition, ../extradition/index.html#dual-criminality, 'This page has moved to: Section 2.1, Dual criminality'",
            "th/2/legacy-extradition, ../extradition/index.html#dual-criminality, 'หน้านี้ย้ายไปที่: หัวข้อ 2.1 Dual criminality'",
            "en/2/first-draft, ../requests/index.html, 'This page has moved to: Chapter 1, Requests'",
            "en/1/first-draft, ../old-requests/index.html, 'This page has moved to: Chapter 1, Requests'",
            "th/1/first-draft, ../old-requests/index.html, 'หน้านี้ย้ายไปที่: บทที่ 1 Requests'",
            "en/1/legacy-extradition, ../extradition/index.html, 'This page has moved to: Chapter 2, Extradition'",
            "en/latest/old-requests, ../../2/requests/index.html, 'This page has moved to: Chapter 1, Requests'",
            "th/latest/legacy-extradition, ../../2/extradition/index.html#dual-criminality, 'หน้านี้ย้ายไปที่: หัวข้อ 2.1 Dual criminality'",
    })
    void anOldAddressSendsReadersOnWithARefreshACanonicalLinkAndALinkToFollow(String folder, String target, String text)
            throws IOException {
        Document page = Jsoup.parse(site.resolve(folder + "/index.html").toFile());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(folder.substring(0, 2));
        assertThat(page.select("meta[http-equiv=refresh]").eachAttr("content")).containsExactly("0; url=" + target);
        assertThat(page.select("link[rel=canonical]").eachAttr("href")).containsExactly(target);
        assertThat(page.select("meta[name=robots]").eachAttr("content")).containsExactly("noindex");
        assertThat(page.select("body a").eachAttr("href")).containsExactly(target);
        assertThat(page.body().text()).isEqualTo(text);
        String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
        Path landing = site.resolve(folder).resolve(target.replaceFirst("#.*", "")).normalize();
        assertThat(landing).as("the page it leads to").isRegularFile();
        if (!anchor.isEmpty()) {
            assertThat(Jsoup.parse(landing.toFile()).getElementById(anchor)).as("#" + anchor).isNotNull();
        }
    }

    @Test
    void aPageAnEarlierEditionStillHasStaysThere() throws IOException {
        Document kept = Jsoup.parse(site.resolve("en/1/old-requests/index.html").toFile());

        assertThat(kept.select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(kept.select("main").text()).contains("Requests for assistance go through diplomatic channels.");
    }

    @Test
    void theManifestListsEveryRedirectAndTheSitemapAndSearchNone() throws IOException {
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(site.resolve("manifest.json")));
        List<String> redirects = new ArrayList<>();
        manifest.get("redirects").forEach(entry -> redirects.add(entry.get("url").asString() + " " + entry.get("lang").asString()
                + " " + entry.get("edition").asString() + " " + entry.get("id").asString() + " → " + entry.get("target").asString()));
        List<String> pages = new ArrayList<>();
        manifest.get("pages").forEach(page -> pages.add(page.get("url").asString()));
        String sitemap = Files.readString(site.resolve("sitemap.xml"));

        assertThat(redirects).containsExactly(
                "/en/1/legacy-extradition/ en 1 legacy-extradition → /en/1/extradition/",
                "/en/1/first-draft/ en 1 first-draft → /en/1/old-requests/",
                "/th/1/legacy-extradition/ th 1 legacy-extradition → /th/1/extradition/",
                "/th/1/first-draft/ th 1 first-draft → /th/1/old-requests/",
                "/en/2/old-requests/ en 2 old-requests → /en/2/requests/",
                "/en/2/legacy-extradition/ en 2 legacy-extradition → /en/2/extradition/#dual-criminality",
                "/en/2/first-draft/ en 2 first-draft → /en/2/requests/",
                "/th/2/old-requests/ th 2 old-requests → /th/2/requests/",
                "/th/2/legacy-extradition/ th 2 legacy-extradition → /th/2/extradition/#dual-criminality",
                "/th/2/first-draft/ th 2 first-draft → /th/2/requests/");
        assertThat(pages).contains("/en/1/old-requests/").doesNotContain("/en/2/old-requests/", "/en/2/first-draft/",
                "/en/1/first-draft/", "/en/2/legacy-extradition/");
        assertThat(sitemap).contains("/en/2/requests/", "/en/1/old-requests/")
                .doesNotContain("first-draft", "legacy-extradition", "/2/old-requests/");
        assertThat(Files.readString(site.resolve("en/2/pagefind/pagefind-entry.json")))
                .as("the two chapters indexed, no redirect").contains("\"page_count\":2");
        assertThat(Jsoup.parse(site.resolve("en/2/search/index.html").toFile()).select("a").eachAttr("href"))
                .noneMatch(href -> href.contains("first-draft") || href.contains("legacy-extradition")
                        || href.contains("old-requests"));
    }

    @Test
    void theRedirectPagesAreValidHtmlAndEveryLinkOnTheSiteLeadsSomewhere() throws Exception {
        assertThat(NuHtmlChecker.errors(site)).isEmpty();
        assertThat(SiteLinks.broken(site)).isEmpty();
    }

    @Test
    void theSameSourcesGiveTheSameRedirects(@TempDir Path again) throws Exception {
        Handbook.build(BuildRequest.build(TestHandbooks.fixture("redirects"), Optional.of(again)), Progress.NONE);
        Map<String, byte[]> first = TestHandbooks.snapshot(site);
        Map<String, byte[]> second = TestHandbooks.snapshot(again);

        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        for (String file : List.of("manifest.json", "en/2/legacy-extradition/index.html", "th/1/first-draft/index.html")) {
            assertThat(second.get(file)).as(file).isEqualTo(first.get(file));
        }
    }

    @Test
    void thePreviewServesTheOldAddresses(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("redirects", workspace);
        Preview.Listener quiet = new Preview.Listener() {
            @Override
            public void built(BuildResult built, Duration took, Set<String> changedPages) {
            }

            @Override
            public void failed(BuildResult failed, Duration took) {
            }

            @Override
            public void trouble(String message) {
                throw new AssertionError(message);
            }
        };
        try (Preview preview = Preview.start(handbook, workspace.resolve("preview"),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), quiet)) {
            HttpResponse<String> moved = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    preview.address().resolve("/en/2/legacy-extradition/")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(moved.statusCode()).isEqualTo(200);
            assertThat(moved.body()).contains("<meta http-equiv=\"refresh\" content=\"0; url=../extradition/index.html#dual-criminality\">");
        }
    }

    /**
     * Each mistake an editor can make in {@code redirects}, added alone to the fixture's
     * handbook.yml (after its 18 lines), is one error at its line and column, with a hint.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            misspelt: reqests | handbook.yml:19:13: error: the redirect of 'misspelt' leads to 'reqests', but no page has that id [HB-REDIRECT-TARGET] | did you mean 'requests'? known: requests, extradition
            requests: extradition | handbook.yml:19:3: error: 'requests' is still the id of a page (chapters/en/01-requests.md): its redirect would replace the page [HB-REDIRECT-PAGE] | delete the redirect while the page has this id, or give the page its new id first
            lost-section: extradition#dual-criminalty | handbook.yml:19:17: error: the redirect of 'lost-section' leads to 'extradition#dual-criminalty', but 'extradition' has no section '#dual-criminalty' [HB-REDIRECT-TARGET] | did you mean 'dual-criminality'? known: dual-criminality, assurances
            treaty-list: treaties | handbook.yml:19:16: error: the redirect of 'treaty-list' leads to 'treaties', which is a page only in en 1 [HB-REDIRECT-TARGET] | a redirect leads to a page of the current edition: name the page that now holds its content
            round-one: round-two\\n  round-two: round-one\\n  into-loop: round-one | handbook.yml:19:3: error: the redirects 'round-one' → 'round-two' → 'round-one' lead round in a loop, to no page [HB-REDIRECT-LOOP] | let one of them lead to the page that now holds the content
            via-misspelt: misspelt\\n  misspelt: reqests | handbook.yml:20:13: error: the redirect of 'misspelt' leads to 'reqests', but no page has that id [HB-REDIRECT-TARGET] | did you mean 'requests'? known: requests, extradition
            via-lost: lost-section\\n  lost-section: extradition#dual-criminalty | handbook.yml:20:17: error: the redirect of 'lost-section' leads to 'extradition#dual-criminalty', but 'extradition' has no section '#dual-criminalty' [HB-REDIRECT-TARGET] | did you mean 'dual-criminality'? known: dual-criminality, assurances
            ../outside: requests | handbook.yml:19:3: error: '../outside' is not a page id [HB-CONFIG-REDIRECT] | write the id the moved page had in its front matter: lower-case letters, digits and hyphens, such as old-chapter-id
            search: requests | handbook.yml:19:3: error: 'search' is the address of one of the site's own pages [HB-CONFIG-REDIRECT] | a redirect replaces only a chapter's address; reserved: annexes, assets, changes, countries, latest, search, subject-index
            moved-up: ../requests | handbook.yml:19:13: error: '../requests' is not a page id, with or without an anchor [HB-CONFIG-REDIRECT] | write the id of the page it moved to, as its front matter gives it, and '#' with an anchor for one of its sections: extradition#dual-criminality
            blank: | handbook.yml:19:3: error: the redirect of 'blank' leads nowhere [HB-CONFIG-REDIRECT] | write the id of the page it moved to after the colon: blank: new-page-id
            """)
    void eachMistakeIsOneErrorAtItsPlaceWithAHint(String entries, String expected, String hint, @TempDir Path workspace)
            throws Exception {
        Path handbook = TestHandbooks.copy("redirects", workspace);
        TestHandbooks.write(handbook.resolve("editions/1/chapters/en/03-treaties.md"), """
                ---
                id: treaties
                title: Treaties
                ---

                The treaties in force in 2010.
                """);
        Files.writeString(handbook.resolve("handbook.yml"), "  " + entries.replace("\\n", "\n") + "\n",
                java.nio.file.StandardOpenOption.APPEND);

        BuildResult checked = Handbook.build(BuildRequest.check(handbook), Progress.NONE);

        assertThat(TestHandbooks.report(checked.diagnostics())).isEqualTo(expected + "\n    hint: " + hint + "\n");
        assertThat(checked.diagnostics()).extracting(Diagnostic::code).allMatch(code -> code.contains("REDIRECT"));
    }

    @Test
    void aBuildWithABrokenRedirectLeavesThePreviousSiteAsItWas(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("redirects", workspace);
        Path output = workspace.resolve("site");
        assertThat(Handbook.build(BuildRequest.build(handbook, Optional.of(output)), Progress.NONE).hasErrors()).isFalse();
        Map<String, byte[]> before = TestHandbooks.snapshot(output);

        TestHandbooks.replace(handbook.resolve("handbook.yml"), "old-requests: requests", "old-requests: reqests");
        BuildResult failed = Handbook.build(BuildRequest.build(handbook, Optional.of(output)), Progress.NONE);

        assertThat(failed.diagnostics()).extracting(Diagnostic::code).containsExactly("HB-REDIRECT-TARGET");
        assertThat(failed.output()).isEmpty();
        Map<String, byte[]> after = TestHandbooks.snapshot(output);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }
}
