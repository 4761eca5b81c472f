package org.handbook.render.page;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handbook.config.HandbookConfig;
import org.handbook.config.PdfSettings;
import org.handbook.link.LinkedBook;
import org.handbook.model.LanguageTag;
import org.handbook.model.PageKind;
import org.handbook.model.SitePath;
import tools.jackson.databind.json.JsonMapper;

/**
 * What reference managers read from a page to cite it: the Highwire Press {@code citation_*} tags
 * that Zotero, Mendeley and Google Scholar take (a page of the book is a chapter of it, its home
 * page and the list pages the book itself), and on the home page and every chapter, annex and
 * profile the same as schema.org JSON-LD ({@code Book}, {@code Chapter} part of it). Values are text: the template
 * escapes the tags' attributes, and the JSON is written so that nothing in it can end its script
 * element.
 */
final class CitationData {

    private static final DateTimeFormatter HIGHWIRE_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final Set<PageKind> CHAPTERS = Set.of(PageKind.PART, PageKind.CHAPTER, PageKind.ANNEX, PageKind.GLOSSARY,
            PageKind.COUNTRY);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HandbookConfig config;
    private final Set<SitePath> pdfs;

    /** @param pdfs the print PDFs the build wrote, which a citation offers as the full text */
    CitationData(HandbookConfig config, Set<SitePath> pdfs) {
        this.config = config;
        this.pdfs = Set.copyOf(pdfs);
    }

    /**
     * The page model's {@code citation}: {@code meta} (the tags, each a {@code name} and
     * {@code content}, in order) and {@code jsonLd} (the JSON to put in a
     * {@code <script type="application/ld+json">} as it is; empty on the list pages: search,
     * indexes, changes).
     */
    Map<String, Object> of(LinkedBook book, SitePath self, PageKind kind, String title) {
        LanguageTag language = book.language().tag();
        String bookTitle = config.title(language);
        String author = PdfSettings.in(config.pdf().author(), language);
        String publisher = PdfSettings.in(config.pdf().publisher(), language);
        String isbn = book.edition().isbn().getOrDefault(language, "");
        Optional<String> base = config.citableBaseUrl();
        Optional<String> pageUrl = base.map(url -> url + self.url().substring(1));
        Optional<String> homeUrl = base.map(url -> url + book.home().url().substring(1));
        Optional<String> pdfUrl = base.filter(url -> pdfs.contains(PdfPaths.of(book)))
                .map(url -> url + PdfPaths.of(book).url().substring(1));
        boolean home = kind == PageKind.HOME;
        // A list page (search, an index, the changes) is not a section of the book: it cites the book.
        boolean chapter = CHAPTERS.contains(kind);
        // The book's node in the graph: its home page, absolute where the site's address is known.
        String bookId = config.baseUrl().map(url -> url + book.home().url().substring(1)).orElse(book.home().hrefFrom(self));

        List<Map<String, String>> meta = new ArrayList<>();
        add(meta, "citation_title", chapter ? title : bookTitle);
        if (chapter) {
            add(meta, "citation_book_title", bookTitle);
        }
        add(meta, "citation_author", author);
        add(meta, "citation_publisher", publisher);
        book.edition().date().ifPresent(date -> add(meta, "citation_publication_date", HIGHWIRE_DATE.format(date)));
        add(meta, "citation_language", language.value());
        add(meta, "citation_isbn", isbn);
        (chapter ? pageUrl : homeUrl).ifPresent(url -> add(meta, "citation_public_url", url));
        pdfUrl.ifPresent(url -> add(meta, "citation_pdf_url", url));

        Map<String, Object> citation = new LinkedHashMap<>();
        citation.put("meta", meta);
        String jsonLd = "";
        if (home) {
            jsonLd = scriptSafe(JSON.writeValueAsString(book(book, bookId, language, bookTitle, author, publisher, isbn, homeUrl,
                    pdfUrl)));
        } else if (chapter) {
            jsonLd = scriptSafe(JSON.writeValueAsString(chapter(bookId, language, title, pageUrl)));
        }
        citation.put("jsonLd", jsonLd);
        return citation;
    }

    /** The book, as its home page describes it, with everything a catalogue records of it. */
    private static Map<String, Object> book(LinkedBook book, String bookId, LanguageTag language, String bookTitle,
                                            String author, String publisher, String isbn, Optional<String> homeUrl,
                                            Optional<String> pdfUrl) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Book");
        data.put("@id", bookId);
        data.put("name", bookTitle);
        data.put("bookEdition", book.edition().title(language));
        data.put("inLanguage", language.value());
        book.edition().date().ifPresent(date -> data.put("datePublished", date.toString()));
        organisation(data, "author", author);
        organisation(data, "publisher", publisher);
        if (!isbn.isEmpty()) {
            data.put("isbn", isbn);
        }
        homeUrl.ifPresent(url -> data.put("url", url));
        pdfUrl.ifPresent(url -> {
            Map<String, Object> media = new LinkedHashMap<>();
            media.put("@type", "MediaObject");
            media.put("encodingFormat", "application/pdf");
            media.put("contentUrl", url);
            data.put("associatedMedia", media);
        });
        return data;
    }

    /**
     * A chapter, annex or profile, part of the book, which it names by the book's node ({@code @id},
     * its home page, where the book is described in full): every byte of a page counts for readers
     * on slow connections, and the book's title is in the page's tags already.
     */
    private static Map<String, Object> chapter(String bookId, LanguageTag language, String title, Optional<String> pageUrl) {
        Map<String, Object> whole = new LinkedHashMap<>();
        whole.put("@type", "Book");
        whole.put("@id", bookId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Chapter");
        data.put("name", title);
        data.put("inLanguage", language.value());
        pageUrl.ifPresent(url -> data.put("url", url));
        data.put("isPartOf", whole);
        return data;
    }

    private static void add(List<Map<String, String>> meta, String name, String content) {
        if (!content.isBlank()) {
            meta.add(Map.of("name", name, "content", content));
        }
    }

    private static void organisation(Map<String, Object> data, String role, String name) {
        if (!name.isBlank()) {
            Map<String, Object> organisation = new LinkedHashMap<>();
            organisation.put("@type", "Organization");
            organisation.put("name", name);
            data.put(role, organisation);
        }
    }

    /**
     * JSON that can stand inside a script element: a {@code <} (of {@code </script>} or
     * {@code <!--}) is written as its escape, which JSON readers take for the same character; so
     * are {@code >} and {@code &}, for readers that take the page for XML.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
