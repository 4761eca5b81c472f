package org.handbook.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Progress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The e-books of a handbook that asks for them ({@code epub:} in handbook.yml), read as a reading
 * system and a reader find them: valid by EPUBCheck, in the book's language, with the contents as
 * navigation, cross-references that lead from document to document, images and the fonts its
 * script needs inside, and linked from the site beside the PDF.
 */
class EpubBookTest {

    private static final String OPS = "EPUB/";

    @TempDir
    static Path site;
    private static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        result = TestHandbooks.build("epub", site);
    }

    private static Path epub(String language) {
        return site.resolve(language + "/2026/handbook-" + language + "-2026.epub");
    }

    private static Map<String, EpubChecks.Stored> files(String language) {
        return EpubChecks.files(epub(language));
    }

    private static Document document(String language, String name) {
        return Jsoup.parse(files(language).get(OPS + name).text(), "", Parser.xmlParser());
    }

    @Test
    void eachLanguageAskedForGetsAnEpubThatEpubCheckPassesWithoutAWarning() {
        assertThat(result.hasErrors()).as(TestHandbooks.report(result.diagnostics())).isFalse();
        for (String language : List.of("en", "th")) {
            assertThat(epub(language)).isRegularFile();
            assertThat(EpubChecks.epubCheckFaults(epub(language))).as(language).isEmpty();
        }
    }

    @Test
    void theContainerOpensWithItsMediaTypeUncompressedAndNamesItsPackage() {
        Map<String, EpubChecks.Stored> files = files("en");
        List<String> names = new ArrayList<>(files.keySet());
        assertThat(names.get(0)).isEqualTo("mimetype");
        EpubChecks.Stored mimetype = files.get("mimetype");
        assertThat(mimetype.text()).isEqualTo("application/epub+zip");
        assertThat(mimetype.uncompressed()).isTrue();
        assertThat(mimetype.hasExtra()).isFalse();
        assertThat(files.get("META-INF/container.xml").text()).contains("full-path=\"EPUB/content.opf\"");
    }

    @Test
    void thePackageAndEveryDocumentStateTheBooksLanguageAndAnUntranslatedChapterItsOwn() {
        Document opf = document("th", "content.opf");
        assertThat(opf.selectFirst("package").attr("xml:lang")).isEqualTo("th");
        assertThat(opf.selectFirst("dc|language").text()).isEqualTo("th");
        assertThat(opf.selectFirst("dc|title").text()).isEqualTo("คู่มือความร่วมมือ (First edition)");
        assertThat(opf.selectFirst("dc|creator").text()).isEqualTo("Regional Cooperation Network");
        assertThat(opf.selectFirst("meta[property=dcterms:modified]").text()).isEqualTo("2026-03-01T00:00:00Z");
        for (Element item : opf.select("item[media-type=application/xhtml+xml]")) {
            Element html = document("th", item.attr("href")).selectFirst("html");
            assertThat(html.attr("lang")).as(item.attr("href")).isEqualTo("th");
            assertThat(html.attr("xml:lang")).as(item.attr("href")).isEqualTo("th");
        }
        // Not yet translated: the reader gets the English text, marked as English for the reading system's voice and hyphenation.
        assertThat(document("th", "page-extradition.xhtml").selectFirst("body").attr("lang")).isEqualTo("en");
        assertThat(document("th", "page-requests.xhtml").selectFirst("body").hasAttr("lang")).isFalse();
        Element untranslated = document("th", "nav.xhtml").selectFirst("nav[epub:type=toc] > ol > li:eq(1)");
        assertThat(untranslated.attr("lang")).isEqualTo("en");
        assertThat(untranslated.selectFirst("a").text()).isEqualTo("2 Extradition");
        assertThat(document("en", "content.opf").selectFirst("dc|identifier").text())
                .matches("urn:uuid:[0-9a-f-]{36}")
                .isNotEqualTo(opf.selectFirst("dc|identifier").text());
    }

    @Test
    void theNavigationMirrorsTheContentsAndTheSpineReadsInTheirOrder() {
        Document nav = document("en", "nav.xhtml");
        Element toc = nav.selectFirst("nav[epub:type=toc]");
        List<String> top = toc.select("> ol > li > a").eachText();
        assertThat(top).containsExactly("1 Requests", "2 Extradition", "Annex A Forms", "Annex B Glossary", "Countries", "Index");
        assertThat(toc.select("> ol > li:eq(1) > ol > li > a").eachAttr("href"))
                .containsExactly("page-extradition.xhtml#dual-criminality", "page-extradition.xhtml#assurances", "page-extradition.xhtml#nationals");
        assertThat(toc.select("> ol > li:eq(4) > ol > li > a").eachText()).containsExactly("Anotherland", "Examplia");
        assertThat(nav.select("nav[epub:type=landmarks] a").eachAttr("epub:type"))
                .containsExactly("titlepage", "toc", "bodymatter", "index");
        Document opf = document("en", "content.opf");
        List<String> spine = new ArrayList<>();
        for (Element reference : opf.select("spine > itemref")) {
            spine.add(opf.selectFirst("item[id=" + reference.attr("idref") + "]").attr("href"));
        }
        assertThat(spine).containsExactly("title.xhtml", "nav.xhtml", "page-requests.xhtml", "page-extradition.xhtml", "page-forms.xhtml",
                "page-glossary.xhtml", "countries.xhtml", "country-xb.xhtml", "country-xa.xhtml", "subject-index.xhtml");
        assertThat(opf.selectFirst("item[href=nav.xhtml]").attr("properties")).isEqualTo("nav");
        assertThat(document("en", "title.xhtml").select("h1, p").eachText())
                .containsExactly("Cooperation Handbook", "First edition", "Regional Cooperation Network");
    }

    @Test
    void thePackageTellsReadersOfAssistiveTechnologyWhatTheBookOffers() {
        Document opf = document("en", "content.opf");
        assertThat(opf.select("meta[property=schema:accessMode]").eachText()).containsExactly("textual", "visual");
        assertThat(opf.select("meta[property=schema:accessModeSufficient]").eachText()).containsExactly("textual");
        assertThat(opf.select("meta[property=schema:accessibilityFeature]").eachText()).containsExactly("structuralNavigation",
                "tableOfContents", "readingOrder", "displayTransformability", "index", "alternativeText");
        assertThat(opf.select("meta[property=schema:accessibilityHazard]").eachText()).containsExactly("none");
    }

    @Test
    void crossReferencesLeadFromDocumentToDocumentAndEveryLinkInsideTheBookArrives() {
        Element extradition = document("en", "page-extradition.xhtml").body();
        assertThat(extradition.select("a[href=page-requests.xhtml#p2]").eachText()).containsExactly("¶ 1.2");
        assertThat(extradition.select("a[href=country-xa.xhtml#extradition]").eachText()).containsExactly("Examplia: Extradition");
        assertThat(extradition.select("a[href=page-glossary.xhtml#assurance]")).hasSize(1);
        Element requests = document("en", "page-requests.xhtml").body();
        // The list of annexes is a page of the site only: its name stays, as text.
        assertThat(requests.text()).contains("See Index, Annexes and Annex A, Forms.");
        assertThat(requests.select("a[href*=annexes]")).isEmpty();
        assertThat(requests.select("a[href=subject-index.xhtml]")).hasSize(1);
        Document index = document("en", "subject-index.xhtml");
        assertThat(index.select("a[href^=page-requests.xhtml#ix-]")).isNotEmpty();

        Map<String, EpubChecks.Stored> files = files("en");
        List<String> broken = new ArrayList<>();
        for (String name : files.keySet()) {
            if (!name.endsWith(".xhtml")) {
                continue;
            }
            for (Element link : document("en", name.substring(OPS.length())).select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("https:") || href.startsWith("http:") || href.startsWith("mailto:")) {
                    continue;
                }
                String file = href.startsWith("#") ? name.substring(OPS.length()) : href.replaceAll("#.*", "");
                String anchor = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
                if (!files.containsKey(OPS + file)
                        || !anchor.isEmpty() && document("en", file).getElementById(anchor) == null) {
                    broken.add(name + " → " + href);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theSitesControlsStayOnTheSiteAndFootnotesAreMarkedForReadingSystems() {
        for (String name : List.of("page-requests.xhtml", "page-extradition.xhtml", "country-xa.xhtml")) {
            Element body = document("en", name).body();
            assertThat(body.select("a.cite, nav.page-toc, div.table-scroll, [data-pagefind-body], [data-pagefind-ignore]"))
                    .as(name).isEmpty();
        }
        Element extradition = document("en", "page-extradition.xhtml").body();
        assertThat(extradition.select("sup.footnote-ref > a").attr("epub:type")).isEqualTo("noteref");
        assertThat(extradition.select("li#fn-nationals").attr("epub:type")).isEqualTo("footnote");
        assertThat(extradition.select("table.country-table")).hasSize(1);
        assertThat(document("en", "page-requests.xhtml").selectFirst("p#p1").text())
                .startsWith("¶ 1.1 A request for mutual legal assistance");
        assertThat(document("en", "page-requests.xhtml").selectFirst("h2#before-a-request").text()).isEqualTo("1.1 Before a request");
    }

    @Test
    void imagesTravelInsideAndAThaiBookCarriesTheFontsOfItsScript() throws IOException {
        byte[] image = Files.readAllBytes(TestHandbooks.fixture("epub").resolve("images/request-route.png"));
        Element shown = document("en", "page-extradition.xhtml").selectFirst("img");
        assertThat(files("en").get(OPS + shown.attr("src")).bytes()).isEqualTo(image);
        assertThat(document("en", "content.opf").selectFirst("item[href=" + shown.attr("src") + "]").attr("media-type"))
                .isEqualTo("image/png");

        Document thai = document("th", "content.opf");
        assertThat(thai.select("item[media-type=font/ttf]").eachAttr("href"))
                .containsExactly("fonts/NotoSansThai-Bold.ttf", "fonts/NotoSansThai-Regular.ttf");
        assertThat(files("th").get(OPS + "style.css").text())
                .contains("@font-face { font-family: \"Noto Sans Thai\"; font-weight: 400; font-style: normal; "
                        + "src: url(\"fonts/NotoSansThai-Regular.ttf\"); }")
                .contains("body { font-family: \"Noto Sans Thai\", sans-serif; }");
        // Latin script is drawn by every reading system: the English book carries no font.
        assertThat(document("en", "content.opf").select("item[media-type=font/ttf]")).isEmpty();
        assertThat(files("en").get(OPS + "style.css").text()).doesNotContain("@font-face");
    }

    @Test
    void theSameSourcesGiveTheSameBytes(@TempDir Path again) throws Exception {
        TestHandbooks.build("epub", again);
        for (String language : List.of("en", "th")) {
            assertThat(again.resolve(language + "/2026/handbook-" + language + "-2026.epub")).hasSameBinaryContentAs(epub(language));
        }
    }

    @Test
    void theSiteOffersEachEpubWithItsSizeBesideThePdfAndTheManifestListsIt() throws IOException {
        long bytes = Files.size(epub("en"));
        org.jsoup.nodes.Document home = Jsoup.parse(site.resolve("en/2026/index.html").toFile());
        Element button = home.selectFirst("a.button[type=application/epub+zip]");
        assertThat(button.attr("href")).isEqualTo("handbook-en-2026.epub");
        assertThat(button.wholeText()).isEqualTo("Download EPUB EPUB, " + Math.round(bytes / 1000.0) + "\u00a0kB");
        org.jsoup.nodes.Document chapter = Jsoup.parse(site.resolve("en/2026/requests/index.html").toFile());
        assertThat(chapter.select("nav.book-nav a.book-nav-epub").attr("href")).isEqualTo("../handbook-en-2026.epub");
        String manifest = Files.readString(site.resolve("manifest.json"));
        assertThat(manifest).contains("\"url\": \"/en/2026/handbook-en-2026.epub\"").contains("\"bytes\": " + bytes);
    }

    @Test
    void aHandbookThatAsksForNoEpubGetsNoneAndNoLinkToOne(@TempDir Path other) throws Exception {
        TestHandbooks.build("references", other);
        try (var files = Files.walk(other)) {
            assertThat(files.filter(file -> file.toString().endsWith(".epub"))).isEmpty();
        }
        assertThat(Files.readString(other.resolve("en/2026/index.html"))).doesNotContain("epub");
    }

    @Test
    void aBookInPartsNestsItsPartsChaptersAndSubChaptersInTheNavigation(@TempDir Path workspace) throws Exception {
        Path out = builtCopy(workspace, "parts", "handbook.yml", "pdf:\n  languages: [en, th]\n  editions: [\"2\"]\n",
                "epub:\n  languages: [en]\n  editions: [\"2\"]\n");
        Path book = out.resolve("en/2/handbook-en-2.epub");
        assertThat(EpubChecks.epubCheckFaults(book)).isEmpty();
        assertThat(out.resolve("en/1/handbook-en-1.epub")).doesNotExist();

        Map<String, EpubChecks.Stored> files = EpubChecks.files(book);
        Document nav = Jsoup.parse(files.get(OPS + "nav.xhtml").text(), "", Parser.xmlParser());
        Element part = nav.select("nav[epub:type=toc] > ol > li").stream()
                .filter(item -> item.selectFirst("a").text().startsWith("Part II")).findFirst().orElseThrow();
        Element chapter = part.select("> ol > li").stream()
                .filter(item -> item.selectFirst("a").text().endsWith("Extradition")).findFirst().orElseThrow();
        assertThat(chapter.select("> ol > li > a").eachAttr("href")).contains("page-extradition-conditions.xhtml", "page-extradition-procedure.xhtml");
        Document procedure = Jsoup.parse(files.get(OPS + "page-extradition-procedure.xhtml").text(), "", Parser.xmlParser());
        assertThat(procedure.selectFirst("section[epub:type=chapter] > h1").text()).matches("\\d+\\.\\d+ .+");
    }

    @Test
    void aPageWhoseIdIsTheNameOfOneOfTheBooksOwnDocumentsKeepsItsOwn(@TempDir Path workspace) throws Exception {
        Path out = builtCopy(workspace, "epub", "chapters/en/10-forms.md", "id: forms", "id: title");
        Path book = out.resolve("en/2026/handbook-en-2026.epub");
        assertThat(EpubChecks.epubCheckFaults(book)).isEmpty();
        Map<String, EpubChecks.Stored> files = EpubChecks.files(book);
        assertThat(files.get(OPS + "title.xhtml").text()).contains("Regional Cooperation Network");
        assertThat(files.get(OPS + "page-title.xhtml").text()).contains("Request form");
    }

    /** The site of a copy of the fixture {@code name} with one change to {@code file}, built without an error. */
    private static Path builtCopy(Path workspace, String name, String file, String from, String to) throws Exception {
        Path handbook = TestHandbooks.copy(name, workspace);
        TestHandbooks.replace(handbook.resolve(file), from, to);
        Path out = workspace.resolve("site");
        BuildResult built = Handbook.build(BuildRequest.build(handbook, Optional.of(out)), Progress.NONE);
        assertThat(built.hasErrors()).as(TestHandbooks.report(built.diagnostics())).isFalse();
        return out;
    }
}
