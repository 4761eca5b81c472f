package org.handbook.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.OutputSafety;
import org.handbook.TestHandbooks;
import org.handbook.model.Progress;
import org.handbook.model.Severity;
import org.handbook.pdf.PdfChecks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The {@code quoting} fixture, whose every text holds quotes, an ampersand, markup and the ends of
 * CDATA, style and script: each file of its site and PDF parses, and each text reads back as written.
 */
class TextRoundTripTest {

    private static final String TAIL = " \"one\" & 'two' %s ]]> </style> </script>";
    private static final String TITLE = "Handbook" + TAIL.formatted("<b>x</b>");
    private static final String EDITION = "Edition" + TAIL.formatted("<i>y</i>");
    private static final String AUTHOR = "Authors" + TAIL.formatted("<c>");
    private static final String PUBLISHER = "Press" + TAIL.formatted("<d>");
    private static final String CHAPTER = "Chapter" + TAIL.formatted("<e>");
    private static final String DESCRIPTION = "Description" + TAIL.formatted("<f>");
    private static final String SEARCH_LABEL = "Search" + TAIL.formatted("<g>");
    private static final String COUNTRY = "Country" + TAIL.formatted("<h>");
    private static final String NOTE = "Note" + TAIL.formatted("<i>");
    private static final String BASE_URL = "https://handbook.example.org/a'b&c/";

    @TempDir
    static Path temp;
    private static Path site;
    private static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        Path handbook = TestHandbooks.copy("quoting", temp);
        site = temp.resolve("site");
        result = Handbook.build(BuildRequest.build(handbook, Optional.of(site)), Progress.NONE);
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void theBuildSucceeds() {
        assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
    }

    @Test
    void pagesReadBackAsWritten() throws Exception {
        Document chapter = page("en/1/overview/index.html");
        assertThat(chapter.title()).isEqualTo(CHAPTER + " · " + TITLE);
        assertThat(chapter.selectFirst(".site-title").text()).isEqualTo(TITLE);
        assertThat(chapter.selectFirst(".site-edition").text()).isEqualTo(EDITION);
        assertThat(chapter.selectFirst("label[for=site-search-query]").text()).isEqualTo(SEARCH_LABEL);
        assertThat(chapter.selectFirst("h1").text()).contains(CHAPTER);
        List<String> alternates = new ArrayList<>();
        for (Element link : chapter.select("link[rel=alternate]")) {
            alternates.add(link.attr("hreflang") + " " + link.attr("href"));
        }
        assertThat(alternates).containsExactlyInAnyOrder("en " + BASE_URL + "en/1/overview/", "th " + BASE_URL + "th/1/overview/",
                "x-default " + BASE_URL + "en/1/overview/");
        OutputSafety.assertDataBlocksHoldOnlyJson(chapter);
        assertThat(chapter.select(OutputSafety.SCRIPTS)).allSatisfy(script -> assertThat(script.attr("src")).isNotEmpty());

        assertThat(page("en/1/annexes/index.html").select("dd").eachText()).contains(DESCRIPTION);
        Document country = page("en/1/countries/xa/index.html");
        assertThat(country.selectFirst("h1").text()).isEqualTo(COUNTRY);
        assertThat(country.select(".fact-note").eachText()).contains(NOTE);
        assertThat(page("404.html").title()).endsWith(" · " + TITLE);
        assertThat(page("404.html").select("style")).hasSize(1);
    }

    @Test
    void theManifestReadsBackAsWritten() throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(Files.readAllBytes(site.resolve("manifest.json")));
        assertThat(manifest.get("title").asString()).isEqualTo(TITLE);
        assertThat(manifest.get("editions").get(0).get("title").asString()).isEqualTo(EDITION);
        List<String> titles = new ArrayList<>();
        manifest.get("pages").forEach(page -> titles.add(page.get("title").asString()));
        assertThat(titles).contains(TITLE, CHAPTER, COUNTRY);
    }

    @Test
    void theSitemapParsesWithEveryAddressAsWritten() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document sitemap = factory.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        NodeList locations = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < locations.getLength(); i++) {
            addresses.add(locations.item(i).getTextContent());
        }
        assertThat(addresses).contains(BASE_URL + "en/1/overview/", BASE_URL + "en/1/countries/xa/")
                .allSatisfy(address -> assertThat(address).startsWith(BASE_URL));
        NodeList links = sitemap.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
        assertThat(links.getLength()).isPositive();
        for (int i = 0; i < links.getLength(); i++) {
            assertThat(((org.w3c.dom.Element) links.item(i)).getAttribute("href")).startsWith(BASE_URL);
        }
    }

    @Test
    void thePdfsMetadataAndImprintReadBackAsWritten() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(site.resolve("en/1/handbook-en-1.pdf")))) {
            byte[] xmp = pdf.getDocumentCatalog().getMetadata().toByteArray();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(xmp));
            XMPMetadata metadata = new DomXmpParser().parse(xmp);
            assertThat(metadata.getDublinCoreSchema().getTitle()).isEqualTo(TITLE);
            assertThat(metadata.getDublinCoreSchema().getCreators()).containsExactly(AUTHOR);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(TITLE);
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo(AUTHOR);
            String text = String.join("\n", PdfChecks.pageTexts(pdf));
            assertThat(text).contains(PUBLISHER, AUTHOR, CHAPTER, COUNTRY, NOTE);
        }
    }
}
