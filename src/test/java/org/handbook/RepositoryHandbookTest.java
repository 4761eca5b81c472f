package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handbook.model.BookId;
import org.handbook.model.Progress;
import org.handbook.publish.Publisher;
import org.handbook.publish.Staging;
import org.handbook.shard.SiteMerge;
import org.handbook.epub.EpubChecks;
import org.handbook.pdf.PdfChecks;
import org.handbook.pdf.shape.DrawnSpans;
import org.handbook.pdf.shape.HbShape;
import org.handbook.validators.Axe;
import org.handbook.validators.BrowserSearch;
import org.handbook.validators.KeyboardWalk;
import org.handbook.validators.NuHtmlChecker;
import org.handbook.render.BookSummary;
import org.handbook.translations.TranslationReport;
import org.handbook.translations.TranslationReports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The handbook this repository publishes builds cleanly: no error and no warning (the old country
 * facts readers see flagged are accepted in handbook.yml, with the reason); every
 * reference is resolved, and every book has its annex index, subject index and glossary. Its pages
 * pass axe-core on a phone and a desktop, and a keyboard alone reaches what a reader needs on them.
 */
class RepositoryHandbookTest {


    @TempDir
    static Path out;
    private static BuildResult result;

    /** The default handbook, built once as {@code handbook build} builds it, for the tests that read the site. */
    @BeforeAll
    static void buildTheHandbook() throws Exception {
        result = Handbook.build(BuildRequest.build(Golden.repositoryRoot(), Optional.of(out.resolve("site"))),
                new PrintedProgress("RepositoryHandbookTest"));
    }

    @Test
    void theAseanHandbookBuildsWithoutDiagnostics() throws Exception {
        assertThat(result.diagnostics()).isEmpty();
        Document about = Jsoup.parse(out.resolve("site/en/2026/about/index.html").toFile());
        assertThat(about.title()).startsWith("About this handbook · ASEAN Handbook");
        assertThat(about.select("head meta[name=citation_title]").attr("content")).isEqualTo("About this handbook");
        assertThat(about.select("head meta[name=citation_book_title]").attr("content"))
                .isEqualTo("ASEAN Handbook on International Legal Cooperation in Trafficking in Persons Cases");
        assertThat(about.select("head meta[name=citation_language]").attr("content")).isEqualTo("en");
        about.select("main h2 > a.cite").remove();
        assertThat(about.select("main h2").eachText()).as("headings, without their cite controls").contains("1.1 Purpose", "1.7 Origin");
        assertThat(about.select("main .footnotes li")).isNotEmpty();
        assertThat(SiteLinks.broken(out.resolve("site"))).as("links between pages and to anchors, references").isEmpty();
        assertEveryBookHasItsIndexesAndGlossary(result, out.resolve("site"));
        assertEveryCurrentBookHasItsTableOfAuthorities(out.resolve("site"));
        assertEveryLanguageHasBothEditionsAndTheirChanges(result, out.resolve("site"));
        assertTheLatinScriptBooksArePrintedToStandard(out.resolve("site"));
        assertTheBooksOfScriptsWithoutSpacesArePrintedShaped(out.resolve("site"));
        assertEveryBookHasAnEpubThatEpubCheckPasses(out.resolve("site"));
        assertTheSitePassesTheValidators(out.resolve("site"));
        assertReadersFindPagesInEveryLanguage(out.resolve("site"));
        OutputSafety.assertNothingExecutableButTheThemesScript(out.resolve("site"));
        assertEveryPageStaysLight(out.resolve("site"));
    }

    /**
     * Readers are often on phones with slow connections: every page of every language and edition,
     * with the stylesheet and scripts it links, stays within 100 KB before fonts and images, its own
     * text counted up to 24 KB; what the site adds to the author's words, within 76 KB on any page
     * (the rule and its reason: {@link PageWeight}).
     */
    private static void assertEveryPageStaysLight(Path site) throws IOException {
        List<PageWeight> pages = PageWeight.everyPage(site);
        assertThat(pages).as("pages weighed").hasSizeGreaterThan(200);
        PageWeight chapter = PageWeight.of(site, site.resolve("en/2026/mutual-legal-assistance/index.html"));
        assertThat(chapter.assets()).as("a chapter's stylesheet and scripts are counted").isGreaterThan(10_000);
        List<PageWeight> over = pages.stream().filter(PageWeight::overBudget).toList();
        assertThat(over).as("pages over %,d bytes, their own text beyond %,d bytes not counted, heaviest first:%s",
                PageWeight.BUDGET, PageWeight.TEXT_COUNTED, PageWeight.report(over)).isEmpty();
    }

    /**
     * Typed into the search box in Chromium, a word of each language's chapters finds its page:
     * English by its stem, Vietnamese without tone marks and with d for đ, and each edition only
     * its own pages. Excerpts read as the text: none starts with a paragraph's or section's number
     * or a "Cite" control, not even where the match opens a section. Without JavaScript, every book
     * has its list of titles.
     */
    private static void assertReadersFindPagesInEveryLanguage(Path site) throws Exception {
        List<BrowserSearch.Shown> shown = BrowserSearch.run(site, List.of(
                new BrowserSearch.Query("en/2026/index.html", "extradited"),
                new BrowserSearch.Query("id/2026/index.html", "bantuan timbal balik"),
                new BrowserSearch.Query("th/2026/index.html", "ความช่วยเหลือ"),
                new BrowserSearch.Query("vi/2026/index.html", "diep"),
                new BrowserSearch.Query("vi/2026/index.html", "tuong tro tu phap"),
                new BrowserSearch.Query("en/2010/index.html", "extradition"),
                new BrowserSearch.Query("en/2026/index.html", "central authority"),
                new BrowserSearch.Query("en/2026/index.html", "prosecutor"),
                new BrowserSearch.Query("lo/2026/index.html", "ການຄ້າມະນຸດ"),
                new BrowserSearch.Query("km/2026/index.html", "អំពើជួញដូរមនុស្ស"),
                new BrowserSearch.Query("my/2026/index.html", "လူကုန်ကူးမှု")));
        List<String> expected = List.of("/en/2026/extradition/index.html", "/id/2026/mutual-legal-assistance/index.html",
                "/th/2026/mutual-legal-assistance/index.html", "/vi/2026/informal-cooperation/index.html",
                "/vi/2026/mutual-legal-assistance/index.html", "/en/2010/extradition/index.html",
                "/en/2026/mutual-legal-assistance/index.html", "/en/2026/mla-request-checklist/index.html",
                "/lo/2026/about/index.html", "/km/2026/about/index.html", "/my/2026/about/index.html");
        for (int i = 0; i < shown.size(); i++) {
            BrowserSearch.Shown result = shown.get(i);
            String book = expected.get(i).substring(0, "/en/2026/".length());
            assertThat(result.links()).as(result.query().toString()).contains(expected.get(i));
            assertThat(result.links()).as(result.query() + ": only its own book").allMatch(link -> link.startsWith(book));
            assertThat(result.errors()).isEmpty();
            assertThat(result.excerpts()).as(result.query() + ": excerpts begin with the text").isNotEmpty()
                    .noneMatch(excerpt -> excerpt.matches("(?s)(… )?(¶|Cite|อ้างอิง|Kutip|Trích dẫn|[0-9A-Z]+(\\.[0-9]+)+ ).*"));
        }
        for (String book : result.books().stream().map(b -> b.language() + "/" + b.edition()).toList()) {
            Document titles = Jsoup.parse(site.resolve(book + "/search/index.html").toFile());
            assertThat(titles.select(".title-index-pages > li")).as(book).hasSizeGreaterThan(6);
        }
    }

    /** Each language's current edition is checked, which covers every script; the older edition's are made the same way. */
    private static void assertEveryBookHasAnEpubThatEpubCheckPasses(Path site) {
        for (String language : List.of("en", "th", "id", "vi", "lo", "km", "my")) {
            assertThat(site.resolve(language + "/2010/handbook-" + language + "-2010.epub")).isRegularFile();
            Path epub = site.resolve(language + "/2026/handbook-" + language + "-2026.epub");
            assertThat(EpubChecks.epubCheckFaults(epub)).as(language).isEmpty();
        }
    }

    private static void assertTheLatinScriptBooksArePrintedToStandard(Path site) throws Exception {
        for (String book : List.of("en/2010", "en/2026", "id/2010", "id/2026", "vi/2010", "vi/2026")) {
            assertThat(site.resolve(book + "/handbook-" + book.replace('/', '-') + ".pdf")).isRegularFile();
        }
        byte[] pdf = Files.readAllBytes(site.resolve("en/2026/handbook-en-2026.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(Jsoup.parse(site.resolve("en/2026/extradition/index.html").toFile()).select("nav.book-nav a.book-nav-pdf"))
                    .as("the book navigation tells the PDF's size and pages before it is downloaded").singleElement()
                    .satisfies(link -> {
                        assertThat(link.attr("href")).isEqualTo("../handbook-en-2026.pdf");
                        java.util.regex.Matcher said = java.util.regex.Pattern.compile("PDF, (\\d+(?:\\.\\d)?)[\u00a0 ]MB, (\\d+) pages")
                                .matcher(link.text());
                        assertThat(said.matches()).as(link.text()).isTrue();
                        assertThat(Double.parseDouble(said.group(1))).isCloseTo(pdf.length / 1_000_000.0, org.assertj.core.data.Offset.offset(0.05));
                        assertThat(Integer.parseInt(said.group(2))).isEqualTo(document.getNumberOfPages());
                    });
            List<String> pages = PdfChecks.pageTexts(document);
            // The contents run over several pages, up to the first chapter.
            String contents = String.join("\n", pages.subList(0, PdfChecks.startPage(pages, "1 About this handbook") - 1));
            for (String chapter : List.of("4 Mutual legal assistance", "6 Extradition", "Annex E Glossary", "Table of authorities")) {
                java.util.regex.Matcher entry = java.util.regex.Pattern.compile("(?m)^" + chapter + "[ .]*(\\d+)$").matcher(contents);
                assertThat(entry.find()).as(chapter + " in the contents").isTrue();
                assertThat(Integer.parseInt(entry.group(1))).as(chapter).isEqualTo(PdfChecks.startPage(pages, chapter));
            }
            List<String> bookmarks = new java.util.ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(item -> bookmarks.add(item.getTitle()));
            assertThat(bookmarks).as("six chapters, thirteen annexes, the country profiles, the table of authorities and the index")
                    .hasSize(22).startsWith("1 About this handbook")
                    .endsWith("Annex M The instruments in brief", "Country profiles", "Table of authorities", "Index");
            // The table gives the pages that cite an authority: Thailand's Extradition Act is cited in chapters 4 and 6.
            String table = pages.get(PdfChecks.startPage(pages, "Table of authorities") - 1);
            assertThat(table.lines().filter(line -> line.startsWith("UN Convention against Transnational Organized Crime, ")))
                    .singleElement().asString().matches("UN Convention against Transnational Organized Crime, [0-9]+[,–].*");
        }
        assertThat(PdfChecks.veraPdfFailures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(PdfChecks.veraPdfFailures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    /** The W3C's HTML checker finds no error in any page. */
    private static void assertTheSitePassesTheValidators(Path site) throws Exception {
        assertThat(NuHtmlChecker.errors(site)).isEmpty();
    }

    /**
     * axe-core finds no serious or critical WCAG 2.1 AA violation on any kind of page, in every
     * language of the current edition, nor on the first edition's home page and a chapter of it, nor
     * on the page-not-found page: each seen on a 390 × 844 phone and on a 1280 × 900 desktop.
     */
    @Test
    void axeFindsNoSeriousFaultOnAnyKindOfPageOnAPhoneOrADesktop() throws Exception {
        List<String> pages = new java.util.ArrayList<>(DefaultSitePages.ofCurrentEdition());
        for (String language : DefaultSitePages.LANGUAGES) {
            pages.add(language + "/2010/index.html");
            pages.add(language + "/2010/mutual-legal-assistance/index.html");
        }
        pages.add("404.html");

        List<Axe.PageResult> results = Axe.check(out.resolve("site"), pages);

        assertThat(results).hasSize(pages.size() * Axe.WIDTHS.size());
        // The page-not-found page has a heading, two paragraphs and a link: fewer rules apply to it.
        assertThat(results).allSatisfy(page -> assertThat(page.rules()).as("rules axe applied to %s at %d px", page.page(),
                page.width()).isGreaterThan(page.page().equals("404.html") ? 5 : 10));
        assertThat(results).flatMap(page -> page.violations().stream()
                .map(violation -> page.page() + " at " + page.width() + " px: " + violation).toList())
                .as("serious or critical violations").isEmpty();
    }

    /**
     * With the keyboard alone, from the top of a chapter, on a 390 × 844 phone and on a 1280 × 900
     * desktop, Tab reaches the book's menu (the phone's "Menu" button, the desktop's sidebar), the
     * search box and a paragraph's cite control, each control showing that it has the focus; on the
     * phone, Enter on "Menu" opens the menu and the next Tab goes to a link in it.
     */
    @Test
    void aKeyboardAloneReachesTheMenuSearchAndCitationsOnAPhoneAndADesktop() throws Exception {
        int most = 150;
        List<KeyboardWalk.Walk> walks = KeyboardWalk.walk(out.resolve("site"), "en/2026/mutual-legal-assistance/index.html", most);

        assertThat(walks).extracting(KeyboardWalk.Walk::width).containsExactly(390, 1280);
        for (KeyboardWalk.Walk walk : walks) {
            String where = "at " + walk.width() + " × " + walk.height();
            walk.reached().forEach((control, presses) -> assertThat(presses)
                    .as("%s: Tab did not reach %s after %d presses%s", where, control, walk.pressed(),
                            walk.wrapped() ? " (the focus came back to the top of the page)" : "")
                    .isPositive());
            assertThat(walk.unseenFocus()).as("%s, controls whose focus a reader cannot see", where)
                    .extracting(step -> "Tab " + step.presses() + ": " + step.element()
                            + (step.shown() ? "" : ", itself not shown") + " (" + step.style() + ")")
                    .isEmpty();
            assertThat(walk.errors()).as("%s, script errors", where).isEmpty();
        }
        assertThat(walks.get(0).menuOpened()).as("at 390 × 844, Enter on the menu's button").hasValueSatisfying(menu -> {
            assertThat(menu.opened()).as("Enter on %s opens the menu", menu.on()).isTrue();
            assertThat(menu.linkInMenu()).as("the Tab after opening the menu goes to a link in it, not to %s", menu.next())
                    .isTrue();
            assertThat(menu.indicator() && menu.shown()).as("%s shows its focus", menu.next()).isTrue();
        });
    }

    /** Every run of Thai text in the Thai book is drawn as HarfBuzz shapes it; the book stays archival and accessible. */
    /**
     * Thai, Lao, Khmer and Myanmar, each with a word of its own About chapter: drawn as HarfBuzz
     * shapes it, and archival and accessible.
     */
    private static void assertTheBooksOfScriptsWithoutSpacesArePrintedShaped(Path site) throws Exception {
        Map<String, String> words = Map.of("th", "ความร่วมมือ", "lo", "ການຄ້າມະນຸດ", "km", "អំពើជួញដូរមនុស្ស", "my", "လူကုန်ကူးမှု");
        for (Map.Entry<String, String> language : words.entrySet()) {
            String book = language.getKey();
            assertThat(site.resolve(book + "/2010/handbook-" + book + "-2010.pdf")).isRegularFile();
            byte[] pdf = Files.readAllBytes(site.resolve(book + "/2026/handbook-" + book + "-2026.pdf"));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                List<DrawnSpans.Span> spans = DrawnSpans.of(document);
                assertThat(spans).extracting(DrawnSpans.Span::text).as(book).anyMatch(text -> text.contains(language.getValue()));
                HbShape.assertDrawnAsHarfBuzzShapes(spans);
            }
            assertThat(PdfChecks.veraPdfFailures(pdf, PDFAFlavour.PDFA_2_U)).as(book).isEmpty();
            assertThat(PdfChecks.veraPdfFailures(pdf, PDFAFlavour.PDFUA_1)).as(book).isEmpty();
        }
    }

    private static void assertEveryLanguageHasBothEditionsAndTheirChanges(BuildResult result, Path site) throws IOException {
        assertThat(result.books()).extracting(book -> book.language() + "/" + book.edition()).containsExactlyInAnyOrder(
                "en/2010", "th/2010", "id/2010", "vi/2010", "lo/2010", "km/2010", "my/2010",
                "en/2026", "th/2026", "id/2026", "vi/2026", "lo/2026", "km/2026", "my/2026");
        // The 2010 edition exists in English only: a language that translates every chapter now says
        // so, one that shows some of them in English shows what changed in that English.
        Set<String> translatedThroughout = Set.of("th", "id", "vi");
        for (String language : DefaultSitePages.LANGUAGES) {
            Document changes = Jsoup.parse(site.resolve(language + "/2026/changes/index.html").toFile());
            if (!language.equals("en")) {
                assertThat(changes.select(".changes-summary li.change-translated")).as("chapters translated since 2010, " + language)
                        .hasSizeGreaterThan(translatedThroughout.contains(language) ? 11 : 0);
            }
            if (!translatedThroughout.contains(language)) {
                assertThat(changes.select(".redline ins")).as("words added since 2010, " + language).isNotEmpty();
                assertThat(changes.select(".redline del")).as("words removed since 2010, " + language).isNotEmpty();
            }
            assertThat(changes.select(".country-changes tbody tr:not(.country-row)")).as("country facts changed since 2010").hasSizeGreaterThan(10);
            Document old = Jsoup.parse(site.resolve(language + "/2010/about/index.html").toFile());
            assertThat(old.select(".notice-edition a").attr("href")).isEqualTo("../../2026/about/index.html");
        }
    }

    /**
     * The table of authorities of the current edition, in every language: the instruments every
     * profile records first, each leading to the profiles; then each State, with every law its
     * profile records; and in English, the paragraphs that cite them.
     */
    private static void assertEveryCurrentBookHasItsTableOfAuthorities(Path site) throws IOException {
        Map<String, List<String>> laws = new TreeMap<>();
        try (var profiles = Files.list(Golden.repositoryRoot().resolve("countries"))) {
            for (Path profile : profiles.filter(file -> file.toString().endsWith(".yml")).toList()) {
                laws.put(profile.getFileName().toString().substring(0, 2), lawTitles(Files.readString(profile)));
            }
        }
        for (String language : DefaultSitePages.LANGUAGES) {
            Document table = Jsoup.parse(site.resolve(language + "/2026/table-of-authorities/index.html").toFile());
            assertThat(table.select("article h2")).as(language + ": international instruments, then the eleven States").hasSize(12);
            org.jsoup.select.Elements international = table.getElementById("authorities-international").parent().select(".index-entry");
            assertThat(international).as(language).hasSizeGreaterThanOrEqualTo(5);
            assertThat(international.subList(0, 5)).as(language + ": UNTOC, the Protocol, UNCAC, AMLAT and ACTIP lead to the profiles")
                    .allSatisfy(entry -> assertThat(entry.select("a[href*=/countries/]")).hasSizeGreaterThan(5));
            for (Map.Entry<String, List<String>> state : laws.entrySet()) {
                Element group = table.getElementById("authorities-" + state.getKey().toLowerCase(java.util.Locale.ROOT)).parent();
                List<String> names = group.select(".index-term").eachText();
                assertThat(state.getValue()).as(language + ": the laws of " + state.getKey())
                        .allSatisfy(law -> assertThat(names).anyMatch(name -> name.startsWith(law)));
            }
        }
        Document english = Jsoup.parse(site.resolve("en/2026/table-of-authorities/index.html").toFile());
        assertThat(english.select(".index-entry").stream().filter(entry -> entry.selectFirst(".index-term").text()
                .equals("ASEAN Treaty on Extradition (2025)")).findFirst().orElseThrow().select("a").eachAttr("href"))
                .as("the paragraphs that cite the ASEAN Treaty on Extradition").contains("../legal-framework/index.html#p25");
    }

    /** The titles of the laws a profile records, in English. */
    @SuppressWarnings("unchecked")
    private static List<String> lawTitles(String profile) {
        Map<String, Object> data = (Map<String, Object>) new org.snakeyaml.engine.v2.api.Load(
                org.snakeyaml.engine.v2.api.LoadSettings.builder().build()).loadFromString(profile);
        List<String> titles = new ArrayList<>();
        for (Object field : ((Map<String, Object>) data.get("laws")).values()) {
            if (field instanceof Map<?, ?> recorded) {
                for (Object law : (List<Object>) recorded.get("value")) {
                    Object title = ((Map<String, Object>) law).get("title");
                    titles.add(title instanceof Map<?, ?> byLanguage ? (String) byLanguage.get("en") : (String) title);
                }
            }
        }
        return titles;
    }

    private static void assertEveryBookHasItsIndexesAndGlossary(BuildResult result, Path site) throws IOException {
        for (BookSummary book : result.books()) {
            Path folder = site.resolve(book.language().value()).resolve(book.edition().value());
            assertThat(Jsoup.parse(folder.resolve("annexes/index.html").toFile()).select(".annex-entry")).hasSizeGreaterThan(3);
            Document index = Jsoup.parse(folder.resolve("subject-index/index.html").toFile());
            assertThat(index.select(".index-entry")).as("subject index of " + folder).hasSizeGreaterThan(40);
            Document glossary = Jsoup.parse(folder.resolve("glossary/index.html").toFile());
            assertThat(glossary.select("article").hasClass("glossary")).isTrue();
            assertThat(glossary.select(".term-uses")).as("glossary terms used in the chapters").hasSizeGreaterThan(15);
            // Paragraphs are cited with their mark, sections by their number alone: never the same text.
            assertThat(index.select(".index-entry a").eachText()).as("paragraph locators in " + folder)
                    .anyMatch(locator -> locator.matches("¶ [0-9A-Z]+\\.[0-9]+"))
                    .anyMatch(locator -> locator.matches("[0-9A-Z]+(\\.[0-9]+)+"));
            assertThat(glossary.select(".term-uses a").eachText()).as("glossary uses in " + folder)
                    .anyMatch(use -> use.startsWith("¶ "));
        }
    }

    @Test
    void editingAnEnglishChapterMakesItsTranslationsOutdated(@TempDir Path workspace) throws Exception {
        Path copy = TestHandbooks.copyRepositoryHandbook(workspace.resolve("handbook"));
        Path source = copy.resolve("chapters/en/04-mutual-legal-assistance.md");
        Files.writeString(source, Files.readString(source).replace("## The prosecutor's steps",
                "## The prosecutor's steps\n\nA sentence added to the English text."));

        TranslationReport report = TranslationReports.of(Handbook.link(copy, Progress.NONE).handbook().orElseThrow());
        BuildResult check = Handbook.build(BuildRequest.check(copy), Progress.NONE);

        // The current edition's: the 2010 edition's translations are frozen with their sources.
        List<TranslationReport.Book> current = report.books().stream().filter(book -> book.edition().equals("2026")).toList();
        assertThat(current).extracting(TranslationReport.Book::language).containsExactly("th", "id", "vi", "lo", "km", "my");
        for (TranslationReport.Book book : current.subList(0, 3)) {
            assertThat(book.pages()).filteredOn(page -> page.id().equals("mutual-legal-assistance")).singleElement()
                    .satisfies(page -> {
                        assertThat(page.status()).isEqualTo("outdated");
                        assertThat(page.changed()).containsExactly("the-prosecutors-steps");
                    });
        }
        assertThat(check.diagnostics()).filteredOn(d -> d.code().equals("HB-TRANSLATION-OUTDATED"))
                .extracting(d -> d.position().file().toString().replace('\\', '/'))
                .containsExactlyInAnyOrder("chapters/th/04-mutual-legal-assistance.md",
                        "chapters/id/04-mutual-legal-assistance.md", "chapters/vi/04-mutual-legal-assistance.md");
    }

    /**
     * The site split by edition, as a CI matrix builds it (one {@code build --only} per job), and
     * merged: the same files, byte for byte, as the single build's, PDFs and search indexes included.
     */
    @Test
    void eachBookBuiltApartAndMergedGivesTheSiteOfOneBuild() throws Exception {
        // One shard per edition, each of several books: a CI job may build one book or a group.
        List<Path> shards = new ArrayList<>();
        Map<String, List<BookSummary>> byEdition = new TreeMap<>();
        result.books().forEach(book -> byEdition.computeIfAbsent(book.edition().value(), edition -> new ArrayList<>()).add(book));
        for (Map.Entry<String, List<BookSummary>> edition : byEdition.entrySet()) {
            Path shard = out.resolve("shards").resolve(edition.getKey());
            Set<BookId> books = edition.getValue().stream().map(book -> new BookId(book.language(), book.edition()))
                    .collect(Collectors.toSet());
            BuildResult built = Handbook.build(BuildRequest.build(Golden.repositoryRoot(), Optional.of(shard)).only(books),
                    Progress.NONE);
            assertThat(built.books()).as("a shard builds its books alone").hasSize(books.size());
            shards.add(shard);
        }
        Path merged = out.resolve("merged");
        try (Staging staging = Publisher.stage(merged)) {
            SiteMerge.merge(shards, staging);
            staging.commit();
        }

        Map<String, byte[]> single = TestHandbooks.snapshot(out.resolve("site"));
        Map<String, byte[]> joined = TestHandbooks.snapshot(merged);
        assertThat(joined.keySet()).containsExactlyElementsOf(single.keySet());
        assertThat(single.keySet()).as("files that differ").filteredOn(file -> !Arrays.equals(single.get(file), joined.get(file)))
                .isEmpty();
        assertThat(single.keySet()).as("PDFs and search indexes are among them")
                .anyMatch(file -> file.endsWith(".pdf")).anyMatch(file -> file.contains("/pagefind/"));
    }
}
