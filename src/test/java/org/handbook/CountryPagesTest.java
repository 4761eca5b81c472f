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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Country profiles as readers see them: every fact with its source and date, unknowns said plainly. */
class CountryPagesTest {

    @TempDir
    static Path temp;

    private static Path site;
    private static BuildResult result;

    @BeforeAll
    static void buildOnce() throws Exception {
        site = temp.resolve("site");
        result = TestHandbooks.build("countries", site);
    }

    @Test
    void everyProfileHasAPageInEveryLanguageAndTheManifestListsThem() throws IOException {
        assertThat(result.hasErrors()).isFalse();
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(site.resolve("manifest.json")));
        List<String> countryPages = new ArrayList<>();
        for (JsonNode page : manifest.get("pages")) {
            String kind = page.get("kind").asString();
            if (kind.startsWith("countr")) {
                countryPages.add(kind + " " + page.get("url").asString() + " " + page.get("title").asString());
            }
        }
        assertThat(countryPages).containsExactly(
                "countries /en/1/countries/ Countries",
                "country /en/1/countries/xa/ Examplia",
                "country /en/1/countries/xb/ Anotherland",
                "countries /th/1/countries/ ประเทศ",
                "country /th/1/countries/xa/ เอ็กแซมเปีย",
                "country /th/1/countries/xb/ กขค");
    }

    @Test
    void eachRecordedFactShowsItsSourceAndDate() throws IOException {
        Element fact = fact(page("en/1/countries/xa/index.html"), "Legal system");
        assertThat(fact.selectFirst(".fact-value").text()).isEqualTo("Civil law");
        assertThat(fact.selectFirst(".fact-source").text())
                .isEqualTo("Source: Ministry of Justice of Examplia, guide to mutual legal assistance · as of 2019");
        assertThat(fact.selectFirst(".fact-source a").attr("href")).isEqualTo("https://example.org/xa/mla-guide");
    }

    @Test
    void unknownFactsSaySoHonestly() throws IOException {
        Element fact = fact(page("en/1/countries/xa/index.html"), "Address");
        assertThat(fact.hasClass("not-recorded")).isTrue();
        assertThat(fact.selectFirst(".fact-value").text()).isEqualTo("Not recorded");
        assertThat(fact.select(".fact-source")).isEmpty();
    }

    @Test
    void oldFactsAreFlaggedToReadersAndWarnedAbout() throws IOException {
        Element fact = fact(page("en/1/countries/xa/index.html"), "Dual criminality");
        assertThat(fact.hasClass("stale")).isTrue();
        assertThat(fact.selectFirst(".stale-flag").text()).isEqualTo("may be out of date");
        assertThat(result.diagnostics()).filteredOn(d -> d.code().equals("HB-COUNTRY-STALE"))
                .extracting(d -> d.position().toString())
                .containsExactly("countries/XA.yml:73:11", "countries/XB.yml:73:11");
    }

    @Test
    void hostileStringsInDataComeOutEscaped() throws IOException {
        String html = Files.readString(site.resolve("en/1/countries/xa/index.html"), StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        OutputSafety.assertDataBlocksHoldOnlyJson(page);
        assertThat(page.select(OutputSafety.SCRIPTS)).as("the theme's own search scripts, and no other").extracting(script -> script.attr("src"))
                .satisfiesExactly(src -> assertThat(src).matches("(\\.\\./)+assets/search\\.[0-9a-f]+\\.js"),
                        src -> assertThat(src).matches("(\\.\\./)+assets/search-offline\\.[0-9a-f]+\\.js"));
        assertThat(fact(page, "Central authority").selectFirst(".fact-note").html())
                .isEqualTo("Requests go to its <strong>international affairs</strong> department. &lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(fact(page, "Extradition of nationals").selectFirst(".fact-note").text())
                .isEqualTo("Only where a treaty provides for it. \"}}{{ page.title }}${7*7}{% raw %}");
    }

    @Test
    void textsFallBackToTheDefaultLanguageMarkedAsSuch() throws IOException {
        Document page = page("th/1/countries/xa/index.html");
        assertThat(page.selectFirst("h1").text()).isEqualTo("เอ็กแซมเปีย");
        // Labels come from the theme's Thai strings; a text the data has only in English is marked so.
        assertThat(fact(page, "ผู้ประสานงานกลาง").selectFirst(".fact-value").text()).isEqualTo("สำนักงานอัยการสูงสุด");
        Element note = fact(page, "ผู้ประสานงานกลาง").selectFirst(".fact-note span[lang=en]");
        assertThat(note).isNotNull();
        assertThat(page.select(".language-switcher a").eachAttr("href"))
                .containsExactly("../../../../en/1/countries/xa/index.html", "index.html");
    }

    @Test
    void theListIsSortedInTheReadersLanguage() throws IOException {
        assertThat(page("en/1/countries/index.html").select(".countries-table tbody th a").eachText())
                .containsExactly("Anotherland", "Examplia");
        assertThat(page("th/1/countries/index.html").select(".countries-table tbody th a").eachText())
                .containsExactly("กขค", "เอ็กแซมเปีย");
        assertThat(page("en/1/index.html").select(".contents-countries a").attr("href")).isEqualTo("countries/index.html");
    }

    @Test
    void profilePageMatchesItsGoldenFile() throws IOException {
        Golden.assertMatches("handbooks/countries/expected/en/1/xa.main.html",
                page("en/1/countries/xa/index.html").selectFirst("main").outerHtml() + "\n");
    }

    @Test
    void anUnsafeLinkInDataIsAnError(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        TestHandbooks.replace(handbook.resolve("countries/XB.yml"), "Only where a treaty provides for it.",
                "See [this](javascript:alert(1)).");
        BuildResult built = Handbook.build(BuildRequest.check(handbook), Progress.NONE);
        assertThat(built.diagnostics()).filteredOn(d -> d.isError())
                .extracting(d -> d.position() + " " + d.code())
                .containsExactly("countries/XB.yml:89:11 HB-MD-UNSAFE-LINK");
    }

    @Test
    void aChapterEmbedsComparisonTablesFromTheData() throws IOException {
        Document chapter = page("en/1/overview/index.html");
        Element table = chapter.selectFirst(".country-table table");
        assertThat(table.selectFirst("caption").text()).isEqualTo("Status of the UN instruments");
        assertThat(table.select("thead th").eachText()).containsExactly("Country",
                "UN Convention against Transnational Organized Crime", "Trafficking in Persons Protocol",
                "Extradition of nationals");
        assertThat(table.select("tbody tr").stream().map(row -> spaced(row.select("th, td").eachText())).toList()).containsExactly(
                List.of("Anotherland", "Ratified (2 January 2004) (as of 1 January 2020)", "Acceded (March 2010) (as of 2020)",
                        "Under conditions (as of 2019)"),
                List.of("Examplia", "Ratified (2 January 2004) (as of 1 January 2020)", "Acceded (March 2010) (as of 2020)",
                        "Under conditions (as of 2019)"));
        assertThat(table.selectFirst("tbody th a").attr("href")).isEqualTo("../countries/xb/index.html");
        // What the search index reads of the page keeps two cells' words apart ("Protocol Country", not "ProtocolCountry").
        assertThat(Files.readString(site.resolve("en/1/overview/index.html"))).doesNotContainPattern("</(th|td|caption)><(th|td)");
        Element single = chapter.select(".country-table table").get(1);
        assertThat(single.select("tbody tr")).hasSize(1);
        assertThat(single.selectFirst("td .as-of").hasClass("stale")).isTrue();
    }

    @Test
    void aTableInsideATightListItemIsRenderedToo(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        TestHandbooks.write(handbook.resolve("chapters/en/02-list.md"), """
                ---
                id: list
                title: List
                ---

                - Item one
                  ```country-table
                  fields: [legalSystem]
                  ```
                - Item two
                """);
        Path out = workspace.resolve("site");
        assertThat(Handbook.build(BuildRequest.build(handbook, Optional.of(out)), Progress.NONE).hasErrors()).isFalse();
        Document page = Jsoup.parse(Files.readString(out.resolve("en/1/list/index.html"), StandardCharsets.UTF_8));
        assertThat(page.select("li .country-table tbody tr")).hasSize(2);
        assertThat(page.html()).doesNotContain("\uE000");
    }

    @Test
    void aBrokenProfileIsNotReportedAgainAsMissingFromTables(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        TestHandbooks.replace(handbook.resolve("countries/XA.yml"), "status: ratified", "status: ratifed");
        BuildResult built = Handbook.build(BuildRequest.check(handbook), Progress.NONE);
        assertThat(built.diagnostics()).filteredOn(d -> d.isError()).extracting(d -> d.position().displayPath())
                .containsExactly("countries/XA.yml");
    }

    @Test
    void crossReferencesLeadToTheirTargetAndNameItWhenTheTextIsEmpty() throws IOException {
        Element paragraph = page("en/1/overview/index.html").select("main p").stream()
                .filter(p -> p.text().startsWith("See ")).findFirst().orElseThrow();
        assertThat(paragraph.select("a").stream().map(a -> a.attr("href") + " " + a.text()).toList()).containsExactly(
                "index.html#treaties-compared Section 1.1, Treaties compared",
                "index.html#one-country the table",
                "../countries/xa/index.html Examplia",
                "../countries/xb/index.html#extradition Anotherland: Extradition",
                "index.html Chapter 1, Overview");
    }

    @Test
    void aReferenceToNothingIsAnErrorWithASuggestion(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        TestHandbooks.write(handbook.resolve("chapters/en/02-refs.md"), """
                ---
                id: refs
                title: Refs
                ---

                [](xref:overveiw) [](xref:overview#treaties-compare) [](annex:C)
                [](country:XZ) [](country:XA#extradiction)
                """);
        BuildResult built = Handbook.build(BuildRequest.check(handbook), Progress.NONE);
        assertThat(built.diagnostics()).filteredOn(d -> d.code().equals("HB-XREF-UNKNOWN"))
                .extracting(d -> d.position() + " " + d.message() + " | " + d.hint().replaceAll(" known: .*", ""))
                .containsExactly(
                        "chapters/en/02-refs.md:6:1 cannot resolve xref:overveiw: there is no page with id 'overveiw'"
                                + " | did you mean 'overview'?",
                        "chapters/en/02-refs.md:6:19 cannot resolve xref:overview#treaties-compare: 'overview' has no section"
                                + " '#treaties-compare' | did you mean 'treaties-compared'?",
                        "chapters/en/02-refs.md:6:54 cannot resolve annex:C: there is no Annex C | there is nothing of that kind to refer to",
                        "chapters/en/02-refs.md:7:1 cannot resolve country:XZ: there is no country profile for 'XZ' | did you mean 'XA'?",
                        "chapters/en/02-refs.md:7:16 cannot resolve country:XA#extradiction: country profiles have no section"
                                + " '#extradiction' | did you mean 'extradition'?");
    }

    @Test
    void tableBlocksAreCheckedLikeEverythingElse(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        TestHandbooks.write(handbook.resolve("chapters/en/02-tables.md"), """
                ---
                id: tables
                title: Tables
                ---

                ```country-table
                fields: [instruments.untok, extradition.nationals]
                countries: [XA, ZZ]
                colour: red
                ```
                """);
        BuildResult built = Handbook.build(BuildRequest.check(handbook), Progress.NONE);
        assertThat(built.diagnostics()).filteredOn(d -> d.isError())
                .extracting(d -> d.position() + " " + d.message() + " | " + d.hint())
                .containsExactly(
                        "chapters/en/02-tables.md:6:1 there is no profile for country 'ZZ' | profiles: XA, XB",
                        "chapters/en/02-tables.md:7:10 unknown profile field 'instruments.untok' | did you mean 'instruments.untoc'? "
                                + "the fields are listed in countries/schema.json",
                        "chapters/en/02-tables.md:9:1 unknown key 'colour' in the country table | "
                                + "known keys: caption, countries, fields");
    }

    @Test
    void datesAreWrittenAsEachLanguageWritesThemAndKeepTheirIsoForm() throws IOException {
        Document englishPage = page("en/1/countries/xa/index.html");
        Element english = fact(englishPage, "UN Convention against Transnational Organized Crime");
        assertThat(english.select(".fact-value time").eachAttr("datetime")).containsExactly("2004-01-02");
        assertThat(english.selectFirst(".fact-value time").wholeText()).isEqualTo("2\u00A0January\u00A02004");
        assertThat(english.selectFirst(".fact-source time").attr("datetime")).isEqualTo("2020-01-01");
        assertThat(spaced(english.selectFirst(".fact-source time").text())).isEqualTo("1 January 2020");
        // Thai readers date in the Buddhist Era, with its era named: 2004 is 2547.
        Element thai = page("th/1/countries/xa/index.html").select(".fact").get(englishPage.select(".fact").indexOf(english));
        assertThat(thai.selectFirst(".fact-value time").attr("datetime")).isEqualTo("2004-01-02");
        assertThat(spaced(thai.selectFirst(".fact-value time").text())).isEqualTo("2 มกราคม พ.ศ. 2547");
        assertThat(spaced(thai.selectFirst(".fact-source time").text())).isEqualTo("1 มกราคม พ.ศ. 2563");
    }

    @Test
    void partialDatesShowOnlyTheMonthOrTheYearTheyGive() throws IOException {
        Element protocol = fact(page("en/1/countries/xa/index.html"), "Trafficking in Persons Protocol");
        assertThat(protocol.selectFirst(".fact-value time").attr("datetime")).isEqualTo("2010-03");
        assertThat(spaced(protocol.selectFirst(".fact-value").text())).isEqualTo("Acceded (March 2010)");
        assertThat(protocol.selectFirst(".fact-source time").attr("datetime")).isEqualTo("2020");
        assertThat(protocol.selectFirst(".fact-source time").text()).isEqualTo("2020");
        Document thai = page("th/1/countries/xa/index.html");
        assertThat(thai.select(".country-sources time").eachAttr("datetime")).containsExactly("2019-05");
        assertThat(thai.select(".country-sources time").eachText().stream().map(CountryPagesTest::spaced))
                .containsExactly("พฤษภาคม พ.ศ. 2562");
        assertThat(thai.select(".fact-source time[datetime=2020]").eachText().stream().map(CountryPagesTest::spaced))
                .contains("พ.ศ. 2563");
    }

    @Test
    void aDateNeverBreaksAcrossLines() throws IOException {
        for (Element time : page("th/1/overview/index.html").select("time")) {
            assertThat(time.wholeText()).as(time.outerHtml()).doesNotContain(" ");
        }
        assertThat(page("en/1/overview/index.html").select(".country-table time")).isNotEmpty()
                .allSatisfy(time -> assertThat(time.wholeText()).doesNotContain(" "));
    }

    @Test
    void theEditionDateInTheHeaderIsTheReadersDate(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        TestHandbooks.replace(handbook.resolve("handbook.yml"), "    status: current", "    date: 2026-06-30\n    status: current");
        Path out = workspace.resolve("site");
        assertThat(Handbook.build(BuildRequest.build(handbook, Optional.of(out)), Progress.NONE).hasErrors()).isFalse();
        Element english = Jsoup.parse(Files.readString(out.resolve("en/1/index.html"))).selectFirst(".site-edition time");
        assertThat(english.attr("datetime")).isEqualTo("2026-06-30");
        assertThat(spaced(english.text())).isEqualTo("30 June 2026");
        Element thai = Jsoup.parse(Files.readString(out.resolve("th/1/countries/xa/index.html"))).selectFirst(".site-edition time");
        assertThat(thai.attr("datetime")).isEqualTo("2026-06-30");
        assertThat(spaced(thai.text())).isEqualTo("30 มิถุนายน พ.ศ. 2569");
    }

    @Test
    void aStaleFactSaysSoInWordsInComparisonTables() throws IOException {
        Element cell = page("en/1/overview/index.html").select(".country-table table").get(1).selectFirst("tbody td");
        assertThat(cell.selectFirst(".stale-flag").text()).isEqualTo("may be out of date");
        assertThat(spaced(cell.text())).isEqualTo("Required for coercive measures (as of 2009) may be out of date");
        Element thai = page("th/1/overview/index.html").select(".country-table table").get(1).selectFirst("tbody td");
        assertThat(thai.selectFirst(".stale-flag").text()).isEqualTo("ข้อมูลอาจไม่เป็นปัจจุบัน");
        Element fresh = page("en/1/overview/index.html").selectFirst(".country-table tbody td");
        assertThat(fresh.select(".stale-flag")).isEmpty();
    }

    @Test
    void theCountryListIsATableOfKeyFactsLinkingToEachProfile() throws IOException {
        Document list = page("en/1/countries/index.html");
        Element box = list.selectFirst(".countries-table");
        assertThat(box.attr("role")).isEqualTo("region");
        assertThat(box.attr("tabindex")).isEqualTo("0");
        Element table = box.selectFirst("table");
        assertThat(list.getElementById(box.attr("aria-labelledby"))).isEqualTo(table.selectFirst("caption"));
        assertThat(table.selectFirst("caption").text()).isEqualTo("Key facts for each country");
        assertThat(table.select("thead th").eachText()).containsExactly("Country", "Legal system",
                "UN Convention against Transnational Organized Crime", "Trafficking in Persons Protocol",
                "Extradition of nationals", "Central authority");
        Element examplia = table.select("tbody tr").get(1);
        assertThat(examplia.selectFirst("th a").attr("href")).isEqualTo("xa/index.html");
        assertThat(spaced(examplia.select("th, td").eachText())).containsExactly("Examplia", "Civil law",
                "Ratified (2 January 2004)", "Acceded (March 2010)", "Under conditions", "Office of the Attorney General");
        assertThat(examplia.selectFirst("td time").attr("datetime")).isEqualTo("2004-01-02");
        Element thai = page("th/1/countries/index.html").selectFirst(".countries-table tbody tr:has(a[href=xa/index.html])");
        assertThat(thai.select("td").get(1).text().replace('\u00A0', ' ')).isEqualTo("ให้สัตยาบันแล้ว (2 มกราคม พ.ศ. 2547)");
    }

    private static String spaced(String text) {
        return text.replace('\u00A0', ' ');
    }

    private static List<String> spaced(List<String> texts) {
        return texts.stream().map(CountryPagesTest::spaced).toList();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }

    private static Element fact(Document page, String label) {
        return page.select(".fact").stream().filter(fact -> fact.selectFirst("dt").text().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no fact labelled " + label));
    }
}
