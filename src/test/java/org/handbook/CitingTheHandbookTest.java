package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.ris.RISConverter;
import de.undercouch.citeproc.ris.RISParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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

/**
 * Every page tells a reference manager how to cite it, as Zotero's "Embedded Metadata" translator
 * reads Highwire Press tags: {@code citation_book_title} makes a page a section of a book, an ISBN
 * makes the home page the book; {@code citation_pdf_url} is the full text it attaches. The same
 * facts are given as schema.org JSON-LD. Each edition has its citation files, which a reference
 * manager's reader (citeproc-java, for CSL-JSON, BibTeX and RIS) reads back as the same entries,
 * and its PDF's checksum. Hostile titles stay text in all of them.
 */
class CitingTheHandbookTest {

    private static final String SITE = "https://handbook.cooperation.dev/";
    private static final String HOSTILE = "Extradition \"</script><script>alert(1)</script> & <!-- more";

    @TempDir
    static Path workspace;
    private static Path site;

    @BeforeAll
    static void build() throws Exception {
        Path handbook = TestHandbooks.copy("epub", workspace);
        TestHandbooks.replace(handbook.resolve("handbook.yml"), "    date: 2026-03-01\n",
                "    date: 2026-03-01\n    isbn: 978-0-306-40615-7\n");
        TestHandbooks.replace(handbook.resolve("handbook.yml"), "pdf:\n", "baseUrl: " + SITE + "\npdf:\n  languages: [en]\n");
        TestHandbooks.replace(handbook.resolve("chapters/en/02-extradition.md"), "title: Extradition",
                "title: '" + HOSTILE.replace("'", "''") + "'");
        site = workspace.resolve("site");
        BuildResult result = Handbook.build(BuildRequest.build(handbook, Optional.of(site)), Progress.NONE);
        assertThat(result.hasErrors()).as(TestHandbooks.report(result.diagnostics())).isFalse();
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile());
    }

    private static Map<String, String> tags(Document page) {
        Map<String, String> tags = new java.util.LinkedHashMap<>();
        for (Element meta : page.select("head meta[name^=citation_]")) {
            assertThat(tags.put(meta.attr("name"), meta.attr("content"))).as("each tag once").isNull();
        }
        return tags;
    }

    private static JsonNode jsonLd(Document page) {
        OutputSafety.assertDataBlocksHoldOnlyJson(page);
        return JsonMapper.builder().build().readTree(page.selectFirst(OutputSafety.DATA_BLOCK).data());
    }

    @Test
    void aChapterIsCitedAsASectionOfTheBookWithItsAddressAndFullText() throws Exception {
        Document chapter = page("en/2026/requests/index.html");
        assertThat(tags(chapter)).containsExactly(
                Map.entry("citation_title", "Requests"),
                Map.entry("citation_book_title", "Cooperation Handbook"),
                Map.entry("citation_author", "Regional Cooperation Network"),
                Map.entry("citation_publisher", "Regional Cooperation Network"),
                Map.entry("citation_publication_date", "2026/03/01"),
                Map.entry("citation_language", "en"),
                Map.entry("citation_isbn", "978-0-306-40615-7"),
                Map.entry("citation_public_url", SITE + "en/2026/requests/"),
                Map.entry("citation_pdf_url", SITE + "en/2026/handbook-en-2026.pdf"));
        assertThat(site.resolve("en/2026/handbook-en-2026.pdf")).isRegularFile();

        JsonNode data = jsonLd(chapter);
        assertThat(data.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(data.get("@type").asString()).isEqualTo("Chapter");
        assertThat(data.get("name").asString()).isEqualTo("Requests");
        assertThat(data.get("url").asString()).isEqualTo(SITE + "en/2026/requests/");
        assertThat(data.get("inLanguage").asString()).isEqualTo("en");
        JsonNode book = data.get("isPartOf");
        assertThat(book.get("@type").asString()).isEqualTo("Book");
        assertThat(book.get("@id").asString()).as("the book's node, described on its home page").isEqualTo(SITE + "en/2026/");
    }

    @Test
    void theHomePageIsCitedAsTheBookAndEveryOtherPageAsPartOfIt() throws Exception {
        Document home = page("en/2026/index.html");
        assertThat(tags(home)).containsEntry("citation_title", "Cooperation Handbook")
                .containsEntry("citation_isbn", "978-0-306-40615-7").doesNotContainKey("citation_book_title");
        JsonNode book = jsonLd(home);
        assertThat(book.get("@type").asString()).isEqualTo("Book");
        assertThat(book.get("@id").asString()).isEqualTo(SITE + "en/2026/");
        assertThat(book.get("name").asString()).isEqualTo("Cooperation Handbook");
        assertThat(book.get("bookEdition").asString()).isEqualTo("First edition");
        assertThat(book.get("inLanguage").asString()).isEqualTo("en");
        assertThat(book.get("datePublished").asString()).isEqualTo("2026-03-01");
        assertThat(book.get("isbn").asString()).isEqualTo("978-0-306-40615-7");
        assertThat(book.get("publisher").get("name").asString()).isEqualTo("Regional Cooperation Network");
        assertThat(book.get("url").asString()).isEqualTo(SITE + "en/2026/");
        assertThat(book.get("associatedMedia").get("contentUrl").asString()).isEqualTo(SITE + "en/2026/handbook-en-2026.pdf");

        Document thai = page("th/2026/requests/index.html");
        assertThat(tags(thai)).containsEntry("citation_book_title", "คู่มือความร่วมมือ").containsEntry("citation_language", "th")
                .doesNotContainKey("citation_pdf_url");
        assertThat(jsonLd(thai).get("inLanguage").asString()).isEqualTo("th");
        assertThat(jsonLd(thai).get("isPartOf").get("@id").asString()).isEqualTo(SITE + "th/2026/");

        Document profile = page("en/2026/countries/xa/index.html");
        assertThat(tags(profile)).containsEntry("citation_title", "Examplia");
        assertThat(jsonLd(profile).get("@type").asString()).isEqualTo("Chapter");
        // A list page (search, indexes, changes) is no section of the book: a reader saving it saves the book.
        Document index = page("en/2026/subject-index/index.html");
        assertThat(index.select(OutputSafety.DATA_BLOCK)).isEmpty();
        assertThat(tags(index)).containsEntry("citation_title", "Cooperation Handbook").doesNotContainKey("citation_book_title")
                .containsEntry("citation_public_url", SITE + "en/2026/");
        assertThat(tags(page("en/2026/search/index.html"))).containsEntry("citation_title", "Cooperation Handbook");
    }

    @Test
    void aHostileTitleStaysTextInTheTagsAndTheData() throws Exception {
        Document chapter = page("en/2026/extradition/index.html");
        assertThat(tags(chapter)).containsEntry("citation_title", HOSTILE);
        assertThat(jsonLd(chapter).get("name").asString()).isEqualTo(HOSTILE);
        assertThat(chapter.select("head script")).hasSize(3);
        String html = Files.readString(site.resolve("en/2026/extradition/index.html"));
        assertThat(html).doesNotContain("<script>alert");
    }

    private static Map<String, CSLItemData> byId(Iterable<CSLItemData> items) {
        Map<String, CSLItemData> byId = new java.util.LinkedHashMap<>();
        items.forEach(item -> byId.put(item.getId(), item));
        return byId;
    }

    @Test
    void theEditionsCitationFilesReadBackAsTheBookAndEachOfItsChapters() throws Exception {
        List<CSLItemData> csl = new ArrayList<>();
        try (var reader = Files.newBufferedReader(site.resolve("en/2026/handbook-en-2026.csl.json"))) {
            for (Object item : new JsonParser(new JsonLexer(reader)).parseArray()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = (Map<String, Object>) item;
                csl.add(CSLItemData.fromJson(fields));
            }
        }
        Map<String, CSLItemData> bibtex;
        try (var in = Files.newInputStream(site.resolve("en/2026/handbook-en-2026.bib"))) {
            BibTeXConverter converter = new BibTeXConverter();
            bibtex = converter.toItemData(converter.loadDatabase(in));
        }
        Map<String, CSLItemData> ris;
        try (var reader = Files.newBufferedReader(site.resolve("en/2026/handbook-en-2026.ris"))) {
            ris = byId(new RISConverter().toItemData(new RISParser().parse(reader)).values());
        }
        Map<String, Map<String, CSLItemData>> formats = new java.util.LinkedHashMap<>();
        formats.put("CSL-JSON", byId(csl));
        formats.put("BibTeX", bibtex);
        formats.put("RIS", ris);
        for (Map.Entry<String, Map<String, CSLItemData>> format : formats.entrySet()) {
            Map<String, CSLItemData> items = format.getValue();
            assertThat(items.keySet()).as(format.getKey()).containsExactlyInAnyOrder("handbook-en-2026", "handbook-en-2026-requests",
                    "handbook-en-2026-extradition", "handbook-en-2026-forms", "handbook-en-2026-glossary",
                    "handbook-en-2026-country-xa", "handbook-en-2026-country-xb");
            CSLItemData book = items.get("handbook-en-2026");
            assertThat(book.getType()).isEqualTo(CSLType.BOOK);
            assertThat(book.getTitle()).isEqualTo("Cooperation Handbook");
            assertThat(book.getEdition()).isEqualTo("First edition");
            assertThat(book.getPublisher()).isEqualTo("Regional Cooperation Network");
            assertThat(book.getIssued()).as(format.getKey()).isNotNull();
            assertThat(book.getURL()).isEqualTo(SITE + "en/2026/");
            CSLItemData chapter = items.get("handbook-en-2026-extradition");
            assertThat(chapter.getType()).isEqualTo(CSLType.CHAPTER);
            assertThat(chapter.getTitle()).as(format.getKey()).isEqualTo(HOSTILE);
            assertThat(chapter.getContainerTitle()).as(format.getKey()).isEqualTo("Cooperation Handbook");
            assertThat(chapter.getURL()).isEqualTo(SITE + "en/2026/extradition/");
        }
        assertThat(byId(csl).keySet()).as("the book, then its pages in reading order, then the profiles")
                .startsWith("handbook-en-2026", "handbook-en-2026-requests", "handbook-en-2026-extradition");
        CSLItemData book = byId(csl).get("handbook-en-2026");
        assertThat(book.getIssued().getDateParts()[0]).containsExactly(2026, 3, 1);
        assertThat(book.getISBN()).isEqualTo("978-0-306-40615-7");
        assertThat(book.getAuthor()[0].getLiteral()).isEqualTo("Regional Cooperation Network");
        assertThat(byId(csl).get("handbook-en-2026-extradition").getChapterNumber()).isEqualTo("2");
        assertThat(Files.readString(site.resolve("en/2026/handbook-en-2026.ris"))).contains("\r\nER  - \r\n");
    }

    @Test
    void theHomePageGivesTheCitationItsFilesAndThePdfsChecksumWhichTheManifestListsToo() throws Exception {
        byte[] pdf = Files.readAllBytes(site.resolve("en/2026/handbook-en-2026.pdf"));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(site.resolve("en/2026/handbook-en-2026.pdf.sha256")).hasContent(sha256 + "  handbook-en-2026.pdf");

        Element cite = page("en/2026/index.html").selectFirst("section.home-cite");
        assertThat(cite.selectFirst("h2").text()).isEqualTo("How to cite this edition");
        assertThat(cite.selectFirst(".home-cite-text").text()).isEqualTo("Cooperation Handbook, First edition (2026), " + SITE + "en/2026/");
        assertThat(cite.select(".home-cite-files a").eachText()).containsExactly("CSL-JSON", "BibTeX", "RIS");
        assertThat(cite.select(".home-cite-files a").eachAttr("href"))
                .containsExactly("handbook-en-2026.csl.json", "handbook-en-2026.bib", "handbook-en-2026.ris");
        assertThat(cite.selectFirst(".home-cite-checksum code").text()).isEqualTo(sha256);

        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(site.resolve("manifest.json")));
        assertThat(manifest.get("pdfs").get(0).get("sha256").asString()).isEqualTo(sha256);
        List<String> citations = new ArrayList<>();
        manifest.get("citations").forEach(entry -> citations.add(entry.get("url").asString() + " " + entry.get("format").asString()));
        assertThat(citations).contains("/en/2026/handbook-en-2026.bib BibTeX", "/th/2026/handbook-th-2026.ris RIS",
                "/en/2026/handbook-en-2026.csl.json CSL-JSON");
        for (String url : citations) {
            assertThat(site.resolve(url.substring(1, url.indexOf(' ')))).isRegularFile();
        }
    }
}
