package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handbook.model.Progress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code editions} fixture: a first edition frozen in {@code editions/1/} and a current second
 * one, with a changed chapter (words changed, a paragraph inserted and one removed), a chapter
 * added, one removed, and a country fact that changed.
 */
class EditionsTest {

    @TempDir
    static Path temp;

    private static Path site;
    private static BuildResult result;

    @BeforeAll
    static void buildOnce() throws Exception {
        site = temp.resolve("site");
        result = TestHandbooks.build("editions", site);
    }

    @Test
    void everyEditionIsBuiltAndTheLaterOneHasAChangesPage() {
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.books()).extracting(book -> book.edition() + "=" + book.pages()).containsExactly("1=6", "2=7");
        assertThat(site.resolve("en/2/changes/index.html")).isRegularFile();
        assertThat(site.resolve("en/1/changes/index.html")).as("the first edition has nothing to compare with").doesNotExist();
    }

    @Test
    void theChangesPageMatchesItsGoldenFile() throws IOException {
        Golden.assertMatches("handbooks/editions/expected/en/2/changes.main.html",
                page("en/2/changes/index.html").selectFirst("main").outerHtml() + "\n");
    }

    @Test
    void theRedlineShowsWordsInsertedAndDeletedAndTheConcordanceFollowsOldCitations() throws IOException {
        Document changes = page("en/2/changes/index.html");
        assertThat(changes.select(".changes-summary li").eachText()).containsExactly(
                "Changed 1 The law", "Added 2 A chapter new in the second edition", "Removed 2 A chapter the second edition dropped");
        assertThat(changes.select(".redline-paragraph del").eachText()).contains("Requests go through central authorities.");
        assertThat(changes.select(".redline-paragraph ins").eachText())
                .contains("A regional convention on trafficking was added in 2015.");
        assertThat(changes.select(".redline-paragraph").first().select(".redline-section").text()).isEqualTo("Treaties");
        assertThat(changes.select(".redline-paragraph").first().select("p").get(1).html())
                .isEqualTo("States cooperate under treaties<ins> and under their own laws</ins>.");
        assertThat(changes.select(".concordance tbody tr").eachText()).containsExactly("¶ 1.2 ¶ 1.3", "¶ 1.3 removed");
        assertThat(changes.select(".country-changes .country-row").eachText()).containsExactly("Examplia");
        assertThat(changes.select(".country-changes tbody tr:not(.country-row)").eachText().stream().map(row -> row.replace('\u00A0', ' ')))
                .containsExactly("UN Convention against Transnational Organized Crime Signed (14 December 2000) Ratified (2 January 2004)");
        assertThat(changes.select(".country-changes tbody time").eachAttr("datetime")).containsExactly("2000-12-14", "2004-01-02");
    }

    @Test
    void theEditionSwitcherLeadsToTheSamePageOrThatEditionsHome() throws IOException {
        assertThat(page("en/1/law/index.html").select(".edition-switcher a").eachAttr("href"))
                .containsExactly("index.html", "../../2/law/index.html");
        assertThat(page("en/2/new/index.html").select(".edition-switcher a").eachAttr("href"))
                .as("the first edition has no such chapter: its home").containsExactly("../../1/index.html", "index.html");
        assertThat(page("en/2/law/index.html").select(".edition-switcher [aria-current]").text()).isEqualTo("Second edition");
    }

    @Test
    void pagesOfAnOlderEditionSayWhereTheCurrentOneIs() throws IOException {
        Document old = page("en/1/law/index.html");
        assertThat(old.select(".notice-edition").text())
                .isEqualTo("This is the First edition, not the current edition (Second edition). Read this page in the current edition");
        assertThat(old.select(".notice-edition a").attr("href")).isEqualTo("../../2/law/index.html");
        assertThat(page("en/2/law/index.html").select(".notice-edition")).isEmpty();
        assertThat(SiteLinks.broken(site)).isEmpty();
    }

    @Test
    void theManifestListsTheChangesPageAndEachEditionsStatus() throws IOException {
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(site.resolve("manifest.json")));
        List<String> editions = new ArrayList<>();
        manifest.get("editions").forEach(edition -> editions.add(edition.get("id").asString() + " " + edition.get("status").asString()));
        assertThat(editions).containsExactly("1 published", "2 current");
        List<String> changes = new ArrayList<>();
        manifest.get("pages").forEach(page -> {
            if (page.get("kind").asString().equals("changes")) {
                changes.add(page.get("url").asString());
            }
        });
        assertThat(changes).containsExactly("/en/2/changes/");
    }

    @Test
    void aFrozenEditionBuildsAsItWasAndAFolderNobodyDeclaredIsAnError(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("editions", workspace);
        Files.createDirectories(handbook.resolve("editions/3/chapters/en"));

        BuildResult undeclared = Handbook.build(BuildRequest.check(handbook), Progress.NONE);

        assertThat(undeclared.diagnostics()).extracting(d -> d.position() + " " + d.code())
                .containsExactly("editions/3:0:0 HB-EDITION-UNDECLARED");
    }

    @Test
    void anEditionCannotRecordAFactDatedAfterTheEditionItself(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("editions", workspace);
        Path profile = handbook.resolve("editions/1/countries/XA.yml");
        TestHandbooks.replace(profile, "  asOf: \"2010\"\ncentralAuthority:", "  asOf: \"2019\"\ncentralAuthority:");
        TestHandbooks.replace(profile, "    date: 2010-03\n", "    date: 2013-10-17\n");

        BuildResult checked = Handbook.build(BuildRequest.check(handbook), Progress.NONE);

        assertThat(checked.diagnostics()).extracting(d -> d.position() + " " + d.code() + " " + d.message())
                .containsExactly("editions/1/countries/XA.yml:17:9 HB-COUNTRY-AFTER-EDITION 2 facts are dated after this edition's"
                        + " date (2010-10-27): `legalSystem` (holds as of 2019), `instruments.tipProtocol` (dated 2013-10-17)");
    }

    @Test
    void aHandbookMayPrintSomeEditionsOnly(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("editions", workspace);
        Files.writeString(handbook.resolve("handbook.yml"), Files.readString(handbook.resolve("handbook.yml"))
                + "pdf:\n  languages: [en]\n  editions: [\"2\"]\n");

        BuildResult printed = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);

        assertThat(printed.hasErrors()).isFalse();
        assertThat(workspace.resolve("site/en/2/handbook-en-2.pdf")).isRegularFile();
        assertThat(workspace.resolve("site/en/1/handbook-en-1.pdf")).doesNotExist();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }
}
