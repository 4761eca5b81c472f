package org.handbook.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import org.handbook.config.AccentColour;
import org.handbook.config.HandbookConfig;
import org.handbook.config.PdfSettings;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedCountry;
import org.handbook.link.LinkedHandbook;
import org.handbook.load.MediaFile;
import org.handbook.model.Diagnostics;
import org.handbook.model.LanguageTag;
import org.handbook.model.Progress;
import org.handbook.model.SitePath;
import org.handbook.model.SourcePosition;
import org.handbook.render.Manifest;
import org.handbook.render.OutputSink;
import org.handbook.render.page.CountryModels;
import org.handbook.render.page.MediaPaths;
import org.handbook.render.page.PageModels;
import org.handbook.render.page.PdfPaths;
import org.handbook.render.template.TemplateFailure;
import org.handbook.render.theme.Theme;
import org.jsoup.Jsoup;

/**
 * Writes the print PDF of each language and edition the handbook asks for ({@code pdf.languages}):
 * cover, half-title, imprint, contents with page numbers, then every chapter and annex, each
 * opening on a right-hand page (the print template sets the running heads, folios and margins),
 * cross-references with the page they lead to, bookmarks.
 * Text in scripts that need shaping (Thai, Lao, Khmer, Myanmar) is shaped: see {@link org.handbook.pdf.shape}.
 */
public final class PdfRenderer {

    /** The headings of a chapter's sections; its title is the h1. */
    private static final Set<String> SECTION_HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    private final LinkedHandbook handbook;
    private final Theme theme;
    private final PageModels models;
    /** Read only for a handbook that prints: parsing and rewriting the fonts is a tenth of a small build. */
    private PrintFonts fonts;
    private final Diagnostics diagnostics;
    private final Optional<LocalDate> sourceDate;
    /** What the books' print documents named that the engine did not load, sorted for a stable report. */
    private final Set<String> refused = new ConcurrentSkipListSet<>();

    private PdfRenderer(LinkedHandbook handbook, Theme theme, Diagnostics diagnostics, Optional<LocalDate> sourceDate) {
        this.sourceDate = sourceDate;
        this.handbook = handbook;
        this.theme = theme;
        this.models = new PageModels(handbook, theme, Set.of());
        this.diagnostics = diagnostics;
    }

    /**
     * Writes the PDFs into {@code sink}; returns what the manifest lists of them.
     *
     * @param print      false to check what would print (the fonts cover the text, the template works)
     *                   without laying the pages out, as {@code check} does
     * @param sourceDate the date of a PDF whose edition has none ({@code SOURCE_DATE_EPOCH}); none if empty
     * @param progress   told of each book printed, with its pages and time
     */
    public static List<Manifest.PdfEntry> render(LinkedHandbook handbook, Theme theme, OutputSink sink,
                                                 Diagnostics diagnostics, boolean print, Optional<LocalDate> sourceDate,
                                                 Progress progress) {
        return render(handbook, theme, sink, diagnostics, print, sourceDate, progress, book -> true);
    }

    /** Writes the PDFs of the books {@code printed} accepts (a shard of a build split by book), as {@link #render} does. */
    public static List<Manifest.PdfEntry> render(LinkedHandbook handbook, Theme theme, OutputSink sink,
                                                 Diagnostics diagnostics, boolean print, Optional<LocalDate> sourceDate,
                                                 Progress progress, Predicate<LinkedBook> printed) {
        return new PdfRenderer(handbook, theme, diagnostics, sourceDate).render(sink, print, progress, printed);
    }

    private List<Manifest.PdfEntry> render(OutputSink sink, boolean print, Progress progress, Predicate<LinkedBook> printed) {
        PdfSettings settings = handbook.config().pdf();
        List<LinkedBook> books = handbook.books().stream()
                .filter(book -> settings.languages().contains(book.language().tag()) && settings.prints(book.edition().id()))
                .filter(printed)
                .toList();
        if (books.isEmpty()) {
            return List.of();
        }
        fonts = new PrintFonts(theme.print());
        for (PrintFonts.Refused font : fonts.refused()) {
            diagnostics.error(SourcePosition.of(Path.of("theme", "print").resolve(font.name())), "HB-PDF-FONTS",
                    "this print font cannot be used: " + font.reason(),
                    "use the family's TrueType (.ttf) files, as most font projects publish them, named"
                            + " <Family>-<Style>.ttf");
        }
        if (fonts.isEmpty()) {
            diagnostics.error(SourcePosition.of(Path.of("theme", "print", "fonts")), "HB-PDF-FONTS",
                    "the theme has no print fonts to embed", "add TrueType fonts as theme/print/fonts/<Family>-<Style>.ttf");
            return List.of();
        }
        if (print) {
            progress.started("pdf", books.size(), "books");
        }
        AtomicLong done = new AtomicLong();
        // Each book lays out on its own; two at a time keep both cores busy within a bounded heap.
        List<Manifest.PdfEntry> written = books.parallelStream()
                .map(book -> {
                    long start = System.nanoTime();
                    Optional<Manifest.PdfEntry> entry = document(book, settings)
                            .flatMap(xhtml -> print ? write(book, xhtml, sink) : Optional.empty());
                    entry.ifPresent(pdf -> progress.detail(String.format(Locale.ROOT, "%s/%s: %d pages in %.2f s",
                            book.language().tag().value(), book.edition().id().value(), pdf.pages(),
                            (System.nanoTime() - start) / 1e9)));
                    progress.advanced(done.incrementAndGet());
                    return entry;
                })
                .flatMap(Optional::stream)
                .toList();
        if (print) {
            progress.finished();
        }
        reportRefused();
        return written;
    }

    /**
     * The addresses the engine was refused, once each however many books name them. The chapters'
     * images from elsewhere never reach it (parse reports them), so these come from the theme.
     */
    private void reportRefused() {
        if (refused.isEmpty()) {
            return;
        }
        Path template = Path.of("theme", "templates", theme.templates().fileOf("print"));
        for (String address : refused) {
            diagnostics.warning(SourcePosition.of(template), "HB-PDF-REMOTE",
                    "the print document names '" + address + "', which a build never fetches: it is left out of the PDF",
                    "put what it names into the theme (styles inside the print template, fonts in theme/print/fonts/) "
                            + "or remove the reference");
        }
    }

    private Optional<Manifest.PdfEntry> write(LinkedBook book, String xhtml, OutputSink sink) {
        try {
            PdfWriter.Written pdf = PdfWriter.write(xhtml, fonts, new PdfWriter.Metadata(
                    handbook.config().title(book.language().tag()),
                    PdfSettings.in(handbook.config().pdf().author(), book.language().tag()),
                    book.language().tag().value(), book.edition().date().or(() -> sourceDate)),
                    PageReferenceWords.of(models.strings(book.language().tag())));
            refused.addAll(pdf.refused());
            sink.write(PdfPaths.of(book), pdf.bytes());
            return Optional.of(Manifest.PdfEntry.of(PdfPaths.of(book), book.language().tag().value(),
                    book.edition().id().value(), pdf.pages(), pdf.bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF of " + book.language().tag() + "/" + book.edition().id(), e);
        }
    }

    /** The book as one print document, or empty when a character cannot be printed (reported). */
    private Optional<String> document(LinkedBook book, PdfSettings settings) {
        Map<SitePath, String> pageIds = new HashMap<>();
        book.pages().forEach(page -> pageIds.put(page.path(), page.page().frontMatter().id().value()));
        book.countries().forEach(country -> pageIds.put(country.path(), countryAnchor(country)));
        Map<SitePath, MediaFile> images = new HashMap<>();
        book.pages().forEach(page -> page.page().media().forEach(image -> images.put(MediaPaths.of(image), image)));
        Set<String> terms = new HashSet<>();
        book.glossary().ifPresent(glossary -> glossary.page().outline().terms().forEach(term ->
                terms.add(PrintContent.anchor(glossary.page().frontMatter().id().value(), term.value()))));
        PrintContent content = new PrintContent(pageIds, terms, images);
        Map<String, String> strings = models.strings(book.language().tag());
        PrintChapters printChapters = new PrintChapters(book, models, content, strings, this::printable);
        Optional<List<Map<String, Object>>> chapters = printChapters.entries();
        Optional<Map<String, Object>> authorities = printChapters.authorities();
        List<Map<String, Object>> countries = countries(book, content);
        if (chapters.isEmpty() || countries == null || !printChapters.allPrintable()) {
            return Optional.empty();
        }
        Map<String, Object> imprint = new ImprintModel(handbook.config(), book, strings).model();
        if (!frontMatterPrintable(book, settings, imprint)) {
            return Optional.empty();
        }
        Map<String, Object> model = models.common(book, book.home(), other -> Optional.empty());
        model.put("chapters", chapters.get());
        model.put("figures", PrintFigureList.of(book, strings));
        model.put("countries", countries);
        PrintIndex index = new PrintIndex(pageIds);
        model.put("index", index.groups(book.subjectIndex()));
        model.put("authorities", authorities.map(page -> index.authorities(page, book, models)).orElse(Map.of()));
        LanguageTag language = book.language().tag();
        model.put("print", Map.of("pageSize", settings.pageSize(),
                "pageWord", strings.getOrDefault("print.page", "page"),
                "publisher", PdfSettings.in(settings.publisher(), language),
                "author", PdfSettings.in(settings.author(), language),
                "runningTitle", Optional.ofNullable(settings.runningTitle().get(language))
                        .orElse(handbook.config().title(language)),
                "isbn", book.edition().isbn().getOrDefault(language, ""),
                "accent", handbook.config().theme().accent().map(AccentColour::hex).orElse(""),
                "imprint", imprint,
                "fallbackFonts", fonts.fallbackList()));
        try {
            return Optional.of(theme.templates().render("print", model));
        } catch (TemplateFailure failure) {
            report(failure);
            return Optional.empty();
        }
    }

    /**
     * Whether the print fonts can draw a page's title and text; reports the first character they
     * cannot, at {@code file}, naming the section it is in so an editor can find it.
     */
    private boolean printable(String title, String html, Path file) {
        // Every character no font has, each with the first place it is used: one message for the file.
        Map<Integer, String> missing = new LinkedHashMap<>();
        fonts.allMissing(title).forEach(codePoint -> missing.putIfAbsent(codePoint, "its title"));
        String section = "the text before its first heading";
        for (org.jsoup.nodes.Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (SECTION_HEADINGS.contains(element.normalName())) {
                section = "the section “" + element.text() + "”";
            }
            String context = section;
            fonts.allMissing(element.ownText()).forEach(codePoint -> missing.putIfAbsent(codePoint, context));
        }
        if (missing.isEmpty()) {
            return true;
        }
        String message = missing.size() == 1
                ? missing.entrySet().stream().map(entry -> unprintable(entry.getKey(), entry.getValue())).findFirst().orElseThrow()
                : "the PDF's fonts have no glyph for " + missing.size() + " characters: " + String.join("; ",
                        missing.entrySet().stream().map(entry -> character(entry.getKey()) + " first in " + entry.getValue())
                                .toList());
        diagnostics.error(SourcePosition.of(file), "HB-PDF-GLYPH", message,
                "add a font that has " + (missing.size() == 1 ? "it" : "them") + " to theme/print/fonts/, or leave this"
                        + " language out of pdf.languages");
        return false;
    }

    /**
     * Whether the print fonts can draw what the cover, the imprint and the running heads take from handbook.yml and
     * the theme's strings; reports the first character they cannot, at handbook.yml.
     */
    private boolean frontMatterPrintable(LinkedBook book, PdfSettings settings, Map<String, Object> imprint) {
        LanguageTag language = book.language().tag();
        List<String> texts = new ArrayList<>(List.of(handbook.config().title(language), book.edition().title(language),
                PdfSettings.in(settings.publisher(), language), PdfSettings.in(settings.author(), language),
                settings.runningTitle().getOrDefault(language, "")));
        imprint.values().forEach(value -> {
            if (value instanceof List<?> lines) {
                lines.forEach(line -> texts.add(line.toString()));
            } else {
                texts.add(value.toString());
            }
        });
        Optional<String> missing = texts.stream().map(fonts::missing).flatMap(Optional::stream).findFirst()
                .map(codePoint -> unprintable(codePoint, "the cover or the imprint of the " + language + " PDF"));
        missing.ifPresent(message -> diagnostics.error(SourcePosition.of(Path.of(HandbookConfig.FILE_NAME)), "HB-PDF-GLYPH",
                message, "add a font that has it to theme/print/fonts/, or write it in characters the fonts have"));
        return missing.isEmpty();
    }

    private static String unprintable(int codePoint, String where) {
        return "the PDF's fonts have no glyph for " + character(codePoint) + ", in " + where;
    }

    /** A character as a message names it: "'ä' (U+00E4)". */
    private static String character(int codePoint) {
        return "'" + Character.toString(codePoint) + "' (U+" + String.format(Locale.ROOT, "%04X", codePoint) + ")";
    }

    private void report(TemplateFailure failure) {
        diagnostics.error(SourcePosition.of(Path.of("theme", "templates", failure.templateFile()), failure.line(),
                failure.column()), "HB-TEMPLATE", "template failed: " + failure.getMessage(),
                "fix the template; src/site/markdown/themes.md lists what the print template's model holds");
    }

    private static String countryAnchor(LinkedCountry country) {
        return "country-" + country.profile().code().toLowerCase(Locale.ROOT);
    }

    /**
     * The country profiles as the theme's {@code country} template shows them (its
     * {@code article}), in the reader's order; null when one cannot be printed (reported).
     */
    private List<Map<String, Object>> countries(LinkedBook book, PrintContent content) {
        CountryModels countryModels = new CountryModels(models);
        String language = book.language().tag().value();
        List<Map<String, Object>> countries = new ArrayList<>();
        for (LinkedCountry country : CountryModels.sorted(book)) {
            String page;
            try {
                page = theme.templates().render("country", countryModels.country(book, country));
            } catch (TemplateFailure failure) {
                report(failure);
                return null;
            }
            org.jsoup.nodes.Element article = Jsoup.parse(page).selectFirst("article");
            if (article == null) {
                continue;
            }
            // The title is the section's own heading; the list of pages referring here is for the screen.
            article.select("h1, .referenced-from").remove();
            String anchor = countryAnchor(country);
            String html = content.rewrite(article.html(), anchor, country.path());
            if (!printable(country.profile().name(language), html, country.profile().file())) {
                return null;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("anchor", anchor);
            entry.put("label", country.profile().name(language));
            entry.put("content", html);
            countries.add(entry);
        }
        return countries;
    }
}
