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
 * page the book itself), and the same as schema.org JSON-LD ({@code Book}, {@code Chapter}, or a
 * {@code WebPage} part of the book). Values are text: the template escapes the tags' attributes,
 * and the JSON is written so that nothing in it can end its script element.
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
     * {@code <script type="application/ld+json">} as it is).
     */
    Map<String, Object> of(LinkedBook book, SitePath self, PageKind kind, String title) {
        LanguageTag language = book.language().tag();
        String bookTitle = config.title(language);
        String author = PdfSettings.in(config.pdf().author(), language);
        String publisher = PdfSettings.in(config.pdf().publisher(), language);
        String isbn = book.edition().isbn().getOrDefault(language, "");
        Optional<String> base = config.citableBaseUrl();
        Optional<String> pageUrl = base.map(url -> url + self.url().substring(1));
        Optional<String> pdfUrl = base.filter(url -> pdfs.contains(PdfPaths.of(book)))
                .map(url -> url + PdfPaths.of(book).url().substring(1));
        boolean home = kind == PageKind.HOME;

        List<Map<String, String>> meta = new ArrayList<>();
        add(meta, "citation_title", home ? bookTitle : title);
        if (!home) {
            add(meta, "citation_book_title", bookTitle);
        }
        add(meta, "citation_author", author);
        add(meta, "citation_publisher", publisher);
        book.edition().date().ifPresent(date -> add(meta, "citation_publication_date", HIGHWIRE_DATE.format(date)));
        add(meta, "citation_language", language.value());
        add(meta, "citation_isbn", isbn);
        pageUrl.ifPresent(url -> add(meta, "citation_public_url", url));
        pdfUrl.ifPresent(url -> add(meta, "citation_pdf_url", url));

        Map<String, Object> bookData = new LinkedHashMap<>();
        bookData.put("@type", "Book");
        bookData.put("name", bookTitle);
        bookData.put("bookEdition", book.edition().title(language));
        bookData.put("inLanguage", language.value());
        book.edition().date().ifPresent(date -> bookData.put("datePublished", date.toString()));
        organisation(bookData, "author", author);
        organisation(bookData, "publisher", publisher);
        if (!isbn.isEmpty()) {
            bookData.put("isbn", isbn);
        }
        base.ifPresent(url -> bookData.put("url", url + book.home().url().substring(1)));
        pdfUrl.ifPresent(url -> {
            Map<String, Object> media = new LinkedHashMap<>();
            media.put("@type", "MediaObject");
            media.put("encodingFormat", "application/pdf");
            media.put("contentUrl", url);
            bookData.put("associatedMedia", media);
        });
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        if (home) {
            data.putAll(bookData);
        } else {
            data.put("@type", CHAPTERS.contains(kind) ? "Chapter" : "WebPage");
            data.put("name", title);
            data.put("inLanguage", language.value());
            pageUrl.ifPresent(url -> data.put("url", url));
            data.put("isPartOf", bookData);
        }
        Map<String, Object> citation = new LinkedHashMap<>();
        citation.put("meta", meta);
        citation.put("jsonLd", scriptSafe(JSON.writeValueAsString(data)));
        return citation;
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
