package org.handbook.epub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.handbook.config.EpubSettings;
import org.handbook.config.PdfSettings;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedHandbook;
import org.handbook.load.MediaFile;
import org.handbook.model.Diagnostics;
import org.handbook.model.LanguageTag;
import org.handbook.model.Progress;
import org.handbook.model.SitePath;
import org.handbook.model.SourcePosition;
import org.handbook.render.Manifest;
import org.handbook.render.OutputSink;
import org.handbook.render.page.EpubPaths;
import org.handbook.render.page.MediaPaths;
import org.handbook.render.page.PageModels;
import org.handbook.render.template.TemplateFailure;
import org.handbook.render.theme.Theme;
import org.jsoup.nodes.Element;

/**
 * Writes the e-book (EPUB 3) of each language and edition handbook.yml's {@code epub:} asks for:
 * a title page, the contents, every page of the book in the order the contents give, the country
 * profiles and the subject index, each a document, with the fonts its scripts need.
 */
public final class EpubRenderer {

    private static final String TITLE_PAGE = "title.xhtml";
    private static final String XHTML = "application/xhtml+xml";
    private static final String STYLE = style();

    private final LinkedHandbook handbook;
    private final Theme theme;
    private final PageModels models;
    private final Diagnostics diagnostics;
    private final Optional<LocalDate> sourceDate;
    private EpubFonts fonts;

    private EpubRenderer(LinkedHandbook handbook, Theme theme, Diagnostics diagnostics, Optional<LocalDate> sourceDate) {
        this.handbook = handbook;
        this.theme = theme;
        this.models = new PageModels(handbook, theme, java.util.Set.of());
        this.diagnostics = diagnostics;
        this.sourceDate = sourceDate;
    }

    /**
     * Writes the e-books of the books {@code written} accepts into {@code sink}; returns what the manifest lists of them.
     *
     * @param sourceDate the date of an e-book whose edition has none ({@code SOURCE_DATE_EPOCH}); none if empty
     */
    public static List<Manifest.EpubEntry> render(LinkedHandbook handbook, Theme theme, OutputSink sink, Diagnostics diagnostics,
                                                  Optional<LocalDate> sourceDate, Progress progress,
                                                  Predicate<LinkedBook> written) {
        return new EpubRenderer(handbook, theme, diagnostics, sourceDate).render(sink, progress, written);
    }

    private List<Manifest.EpubEntry> render(OutputSink sink, Progress progress, Predicate<LinkedBook> written) {
        EpubSettings settings = handbook.config().epub();
        List<LinkedBook> books = handbook.books().stream()
                .filter(book -> settings.writes(book.language().tag(), book.edition().id()))
                .filter(written)
                .toList();
        if (books.isEmpty()) {
            return List.of();
        }
        fonts = EpubFonts.of(theme.print());
        progress.started("epub", books.size(), "books");
        AtomicLong done = new AtomicLong();
        List<Manifest.EpubEntry> entries = books.parallelStream()
                .map(book -> {
                    Optional<Manifest.EpubEntry> entry = bytes(book).map(bytes -> {
                        SitePath path = EpubPaths.of(book);
                        sink.write(path, bytes);
                        return new Manifest.EpubEntry(path.url(), book.language().tag().value(), book.edition().id().value(),
                                bytes.length);
                    });
                    progress.advanced(done.incrementAndGet());
                    return entry;
                })
                .flatMap(Optional::stream)
                .toList();
        progress.finished();
        return entries;
    }

    /** The book's e-book, or empty when the theme cannot show a part of it (reported). */
    private Optional<byte[]> bytes(LinkedBook book) {
        List<EpubPage> pages;
        try {
            pages = new BookPages(book, theme, models).pages();
        } catch (TemplateFailure failure) {
            report(failure);
            return Optional.empty();
        }
        LanguageTag language = book.language().tag();
        String lang = language.value();
        Map<String, String> strings = models.strings(language);
        EpubContent content = new EpubContent(files(book, pages), images(book));
        Map<String, byte[]> documents = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        String title = handbook.config().title(language);
        PdfSettings print = handbook.config().pdf();
        Element titlePage = titlePage(title, book.edition().title(language), PdfSettings.in(print.author(), language),
                PdfSettings.in(print.publisher(), language));
        text.append(titlePage.text());
        documents.put(TITLE_PAGE, utf8(XhtmlDocuments.of(title, lang, lang, List.of(titlePage))));
        String contents = strings.getOrDefault("contents", "Contents");
        documents.put(NavDocument.FILE, utf8(NavDocument.of(contents, lang, TITLE_PAGE, title, pages)));
        text.append(contents);
        for (EpubPage page : flattened(pages)) {
            Element section = new Element("section").attr("epub:type", page.type()).attr("role", "doc-" + page.type())
                    .addClass(page.type());
            section.appendElement("h1").html(page.label().html());
            for (EpubPage.Fragment fragment : page.fragments()) {
                new ArrayList<>(content.rewrite(fragment).childNodes()).forEach(section::appendChild);
            }
            text.append(section.text());
            documents.put(page.file(), utf8(XhtmlDocuments.of(page.label().text(), lang, page.lang(), List.of(section))));
        }
        List<EpubFonts.Face> faces = fonts.forText(text.toString());
        Map<String, byte[]> files = new LinkedHashMap<>(documents);
        files.put(XhtmlDocuments.STYLESHEET, utf8(STYLE + EpubFonts.styleRules(faces)));
        content.images().forEach((name, image) -> files.put(name, image.bytes()));
        faces.forEach(face -> files.put(face.file(), face.bytes()));
        files.put(PackageDocument.FILE, utf8(PackageDocument.of(metadata(book, title, accessibility(content, pages)),
                items(files.keySet(), content, faces), List.copyOf(documents.keySet()))));
        return Optional.of(EpubArchive.of(files));
    }

    /** The package's files as its manifest lists them, each with its media type. */
    private static List<PackageDocument.Item> items(Collection<String> names, EpubContent content, List<EpubFonts.Face> faces) {
        Map<String, String> mediaTypes = new HashMap<>();
        content.images().forEach((name, image) -> mediaTypes.put(name, image.mediaType()));
        faces.forEach(face -> mediaTypes.put(face.file(), "font/ttf"));
        mediaTypes.put(XhtmlDocuments.STYLESHEET, "text/css");
        return names.stream().map(name -> new PackageDocument.Item(name,
                name.endsWith(".xhtml") ? XHTML : mediaTypes.get(name), name.equals(NavDocument.FILE) ? "nav" : "")).toList();
    }

    /**
     * What the book offers a reader of assistive technology: text, and images each described or
     * not; navigation by structure, the contents and, when it has one, the index; nothing that
     * flashes, moves or sounds.
     */
    private static List<Map.Entry<String, String>> accessibility(EpubContent content, List<EpubPage> pages) {
        List<Map.Entry<String, String>> properties = new ArrayList<>();
        properties.add(Map.entry("schema:accessMode", "textual"));
        if (!content.images().isEmpty()) {
            properties.add(Map.entry("schema:accessMode", "visual"));
        }
        if (content.everyImageDescribed()) {
            properties.add(Map.entry("schema:accessModeSufficient", "textual"));
        }
        properties.add(Map.entry("schema:accessibilityFeature", "structuralNavigation"));
        properties.add(Map.entry("schema:accessibilityFeature", "tableOfContents"));
        properties.add(Map.entry("schema:accessibilityFeature", "readingOrder"));
        properties.add(Map.entry("schema:accessibilityFeature", "displayTransformability"));
        if (pages.stream().anyMatch(page -> page.type().equals("index"))) {
            properties.add(Map.entry("schema:accessibilityFeature", "index"));
        }
        if (!content.images().isEmpty() && content.everyImageDescribed()) {
            properties.add(Map.entry("schema:accessibilityFeature", "alternativeText"));
        }
        properties.add(Map.entry("schema:accessibilityHazard", "none"));
        return properties;
    }

    private PackageDocument.Metadata metadata(LinkedBook book, String title, List<Map.Entry<String, String>> accessibility) {
        LanguageTag language = book.language().tag();
        PdfSettings print = handbook.config().pdf();
        Optional<LocalDate> date = book.edition().date().or(() -> sourceDate);
        // Named from what the book is, so a reading system knows a rebuilt book for the same one.
        String identity = handbook.config().title(handbook.config().defaultLanguage().tag()) + "\n" + language.value() + "\n"
                + book.edition().id().value();
        return new PackageDocument.Metadata("urn:uuid:" + UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)),
                title + " (" + book.edition().title(language) + ")", language.value(), PdfSettings.in(print.author(), language),
                PdfSettings.in(print.publisher(), language), date.map(LocalDate::toString).orElse(""),
                date.orElse(LocalDate.of(1980, 1, 1)) + "T00:00:00Z", book.edition().isbn().getOrDefault(language, ""),
                accessibility);
    }

    private static Element titlePage(String title, String edition, String author, String publisher) {
        Element page = new Element("section").attr("epub:type", "titlepage").addClass("title-page");
        page.appendElement("h1").text(title);
        page.appendElement("p").addClass("edition").text(edition);
        if (!author.isEmpty()) {
            page.appendElement("p").addClass("author").text(author);
        }
        if (!publisher.isEmpty() && !publisher.equals(author)) {
            page.appendElement("p").addClass("publisher").text(publisher);
        }
        return page;
    }

    /** The document each page of the site that the e-book holds became; the book's home page is its contents. */
    private static Map<SitePath, String> files(LinkedBook book, List<EpubPage> pages) {
        Map<SitePath, String> files = new HashMap<>();
        files.put(book.home(), NavDocument.FILE);
        for (EpubPage page : flattened(pages)) {
            page.fragments().forEach(fragment -> files.putIfAbsent(fragment.self(), page.file()));
        }
        book.countriesPage().ifPresent(list -> pages.stream().filter(page -> page.file().equals(BookPages.COUNTRIES))
                .findFirst().ifPresent(countries -> files.put(list, countries.file())));
        return files;
    }

    private static Map<SitePath, MediaFile> images(LinkedBook book) {
        Map<SitePath, MediaFile> images = new HashMap<>();
        book.pages().forEach(page -> page.page().media().forEach(image -> images.put(MediaPaths.of(image), image)));
        return images;
    }

    /** The documents in reading order: each page, then the pages under it. */
    private static List<EpubPage> flattened(List<EpubPage> pages) {
        List<EpubPage> flat = new ArrayList<>();
        for (EpubPage page : pages) {
            flat.add(page);
            flat.addAll(flattened(page.children()));
        }
        return flat;
    }

    /** As the site reports a template that fails, so that a failure both meet is one message. */
    private void report(TemplateFailure failure) {
        diagnostics.error(SourcePosition.of(Path.of("theme", "templates", failure.templateFile()), failure.line(),
                failure.column()), "HB-TEMPLATE", "template failed: " + failure.getMessage(),
                "fix the template; src/site/markdown/themes.md lists what the page model holds");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String style() {
        try (InputStream in = EpubRenderer.class.getResourceAsStream("/org/handbook/epub/style.css")) {
            if (in == null) {
                throw new IllegalStateException("the e-book stylesheet is missing from the tool");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
