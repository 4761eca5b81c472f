package org.handbook.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.handbook.changes.EditionChanges;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedHandbook;
import org.handbook.link.LinkedPage;
import org.handbook.link.MovedPage;
import org.handbook.link.ReferenceTarget;
import org.handbook.model.Diagnostics;
import org.handbook.model.EditionId;
import org.handbook.model.Progress;
import org.handbook.model.LanguageTag;
import org.handbook.model.SitePath;
import org.handbook.model.SourcePosition;
import org.handbook.render.cite.CitationFiles;
import org.handbook.render.page.ChangesModels;
import org.handbook.render.page.CountryModels;
import org.handbook.render.page.MediaPaths;
import org.handbook.render.page.PageModels;
import org.handbook.render.page.PrintedPdf;
import org.handbook.render.page.SearchWording;
import org.handbook.render.page.WrittenEpub;
import org.handbook.render.page.RedirectModels;
import org.handbook.render.page.SearchModels;
import org.handbook.render.page.SubjectIndexModels;
import org.handbook.render.template.TemplateFailure;
import org.handbook.render.theme.Theme;

/** Renders every page, redirect and asset of the site, then its manifest. */
public final class SiteRenderer {

    private final LinkedHandbook handbook;
    private final Theme theme;
    private final OutputSink sink;
    private final Diagnostics diagnostics;
    private final PageModels models;
    private final CountryModels countryModels;
    private final SearchModels searchModels;
    private final SubjectIndexModels subjectIndexModels;
    private final ChangesModels changesModels;
    private final RedirectModels redirectModels;
    private final List<EditionChanges> changes;
    private final Downloads downloads;
    private final RenderMemo memo;
    private final Predicate<LinkedBook> rendered;
    /** The books rendered, in the handbook's order: every book, or a shard's. */
    private final List<LinkedBook> books;

    private SiteRenderer(LinkedHandbook handbook, List<EditionChanges> changes, Downloads downloads, Theme theme,
                         OutputSink sink, Diagnostics diagnostics, RenderMemo memo, Predicate<LinkedBook> rendered) {
        this.memo = memo;
        this.rendered = rendered;
        this.books = handbook.books().stream().filter(rendered).toList();
        this.handbook = handbook;
        this.changes = List.copyOf(changes);
        this.downloads = downloads;
        this.theme = theme;
        this.sink = sink;
        this.diagnostics = diagnostics;
        this.models = new PageModels(handbook, theme,
                changes.stream().map(change -> ChangesModels.pathOf(change.book())).collect(Collectors.toSet()))
                .withDownloads(downloads.pdfs().stream().map(SiteRenderer::printed).toList(),
                        downloads.epubs().stream().map(SiteRenderer::written).toList());
        this.countryModels = new CountryModels(models);
        this.searchModels = new SearchModels(models);
        this.subjectIndexModels = new SubjectIndexModels(models);
        this.changesModels = new ChangesModels(models);
        this.redirectModels = new RedirectModels(theme);
    }

    /**
     * Renders into {@code sink}; returns the number of pages written per language and edition.
     *
     * @param changes what changed in each book since the edition before it: a changes page each
     * @param downloads the print PDFs and e-books written, for the manifest and the pages' download links
     */
    public static List<BookSummary> render(LinkedHandbook handbook, List<EditionChanges> changes,
                                           Downloads downloads, Theme theme, OutputSink sink,
                                           Diagnostics diagnostics, Progress progress) {
        return render(handbook, changes, downloads, theme, sink, diagnostics, progress, book -> true);
    }

    /**
     * Renders the books {@code rendered} accepts, and what the whole site shares (its assets, its
     * manifest, which lists every book's pages and the PDFs and e-books in {@code downloads}; the site's entrances
     * with the default book): one shard of a site, which {@code handbook merge} joins to the others.
     */
    public static List<BookSummary> render(LinkedHandbook handbook, List<EditionChanges> changes,
                                           Downloads downloads, Theme theme, OutputSink sink,
                                           Diagnostics diagnostics, Progress progress, Predicate<LinkedBook> rendered) {
        return new SiteRenderer(handbook, changes, downloads, theme, sink, diagnostics, new RenderMemo(), rendered).render(progress);
    }

    /** Renders, taking from {@code memo} the chapters and profiles the previous build rendered from the same inputs. */
    public static List<BookSummary> render(LinkedHandbook handbook, List<EditionChanges> changes,
                                           Downloads downloads, Theme theme, OutputSink sink,
                                           Diagnostics diagnostics, Progress progress, RenderMemo memo) {
        return new SiteRenderer(handbook, changes, downloads, theme, sink, diagnostics, memo, book -> true).render(progress);
    }

    private static PrintedPdf printed(Manifest.PdfEntry pdf) {
        return new PrintedPdf(new SitePath(pdf.url().substring(1)), pdf.pages(), pdf.bytes(), pdf.sha256());
    }

    private static WrittenEpub written(Manifest.EpubEntry epub) {
        return new WrittenEpub(new SitePath(epub.url().substring(1)), epub.bytes());
    }

    /** Beside each PDF, its SHA-256 as {@code sha256sum} writes it, so that {@code sha256sum -c} checks a copy. */
    private void writeChecksums() {
        for (Manifest.PdfEntry pdf : downloads.pdfs()) {
            String name = pdf.url().substring(pdf.url().lastIndexOf('/') + 1);
            sink.write(new SitePath(pdf.url().substring(1) + ".sha256"),
                    (pdf.sha256() + "  " + name + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Each image some page shows, once, however many languages and editions show it. */
    private void writeImages() {
        Map<SitePath, byte[]> images = new TreeMap<>();
        for (LinkedBook book : books) {
            for (LinkedPage page : book.pages()) {
                page.page().media().forEach(image -> images.putIfAbsent(MediaPaths.of(image), image.bytes()));
            }
        }
        images.forEach(sink::write);
    }

    private List<BookSummary> render(Progress progress) {
        memo.startBuild(handbook, changes.stream().map(change -> ChangesModels.pathOf(change.book())).collect(Collectors.toSet()),
                downloads);
        theme.assets().values().forEach(asset -> sink.write(asset.path(), asset.content()));
        writeImages();
        progress.started("render", books.stream().mapToLong(LinkedHandbook::pageCount).sum(), "pages");
        AtomicLong done = new AtomicLong();
        List<BookSummary> summaries = new ArrayList<>();
        for (LinkedBook book : books) {
            page("home", models.home(book), book.home());
            progress.advanced(done.incrementAndGet());
            book.pages().parallelStream().forEach(linked -> {
                remembered("page", linked.path(), linked, () -> models.chapter(book, linked));
                progress.advanced(done.incrementAndGet());
            });
            book.annexIndexPage().ifPresent(index -> {
                page("annexes", models.annexIndex(book), index);
                progress.advanced(done.incrementAndGet());
            });
            book.subjectIndexPage().ifPresent(index -> {
                page("subject-index", subjectIndexModels.subjectIndex(book), index);
                subjectIndexModels.letters(book).forEach((letter, model) -> page("subject-index", model, letter));
                progress.advanced(done.incrementAndGet());
            });
            page("search", searchModels.search(book), book.searchPage());
            sink.write(SearchWording.path(book), SearchWording.json(models.strings(book.language().tag())));
            progress.advanced(done.incrementAndGet());
            book.countriesPage().ifPresent(list -> {
                page("countries", countryModels.countries(book), list);
                progress.advanced(done.incrementAndGet());
            });
            book.countries().parallelStream().forEach(country -> {
                remembered("country", country.path(), country, () -> countryModels.country(book, country));
                progress.advanced(done.incrementAndGet());
            });
            int changesPages = 0;
            for (EditionChanges change : changes) {
                if (change.book() == book) {
                    page("changes", changesModels.changes(change), ChangesModels.pathOf(book));
                    changesPages++;
                }
            }
            CitationFiles.of(handbook.config(), book).forEach(sink::write);
            book.redirects().forEach(moved -> moved(book, moved.path(), moved.target()));
            if (book.edition().isCurrent()) {
                latestRedirects(book);
            }
            summaries.add(new BookSummary(book.language().tag(), book.edition().id(),
                    LinkedHandbook.pageCount(book) + changesPages));
        }
        progress.finished();
        writeChecksums();
        siteEntrances();
        Manifest manifest = ManifestWriter.manifest(handbook, changes, downloads, theme.strings()::forLanguage);
        sink.write(new SitePath(Manifest.FILE_NAME), ManifestWriter.write(manifest));
        handbook.config().baseUrl().ifPresent(baseUrl ->
                sink.write(new SitePath(SitemapWriter.FILE_NAME), SitemapWriter.write(manifest, baseUrl)));
        return summaries;
    }

    /**
     * {@code /{lang}/latest/...} always leads to the current edition, the old id of a moved page there
     * to where it went, and {@code /{lang}/} to its home.
     */
    private void latestRedirects(LinkedBook book) {
        String lang = book.language().tag().value();
        redirect(book.language().tag(), SitePath.indexOf(lang), book.home());
        redirect(book.language().tag(), SitePath.indexOf(lang, EditionId.LATEST), book.home());
        for (LinkedPage linked : book.pages()) {
            String id = linked.page().frontMatter().id().value();
            redirect(book.language().tag(), SitePath.indexOf(lang, EditionId.LATEST, id), linked.path());
        }
        for (MovedPage moved : book.redirects()) {
            moved(book, SitePath.indexOf(lang, EditionId.LATEST, moved.id().value()), moved.target());
        }
    }

    private void siteEntrances() {
        LanguageTag defaultLanguage = handbook.config().defaultLanguage().tag();
        handbook.book(defaultLanguage, handbook.config().currentEdition().id()).filter(rendered).ifPresent(book -> {
            redirect(defaultLanguage, new SitePath("index.html"), book.home());
            page("404", models.notFound(book), new SitePath("404.html"));
        });
    }

    private void redirect(LanguageTag language, SitePath self, SitePath target) {
        remembered("redirect", self, List.of(language, target), () -> redirectModels.redirect(language, self, target));
    }

    /** The old address of a page that moved, at {@code self}, leading to where it went. */
    private void moved(LinkedBook book, SitePath self, ReferenceTarget target) {
        LanguageTag language = book.language().tag();
        remembered("redirect", self, List.of(language, target, "moved"), () -> redirectModels.moved(language, self, target));
    }

    /** A page rendered from {@code inputs} alone, given what all pages share: taken from the memo when it has it. */
    private void remembered(String template, SitePath path, Object inputs, Supplier<Map<String, Object>> model) {
        Optional<byte[]> known = memo.find(path, inputs);
        if (known.isPresent()) {
            sink.write(path, known.get());
            return;
        }
        rendered(template, model.get()).ifPresent(bytes -> {
            memo.keep(path, inputs, bytes);
            sink.write(path, bytes);
        });
    }

    private void page(String template, Map<String, Object> model, SitePath path) {
        rendered(template, model).ifPresent(bytes -> sink.write(path, bytes));
    }

    private Optional<byte[]> rendered(String template, Map<String, Object> model) {
        try {
            return Optional.of(theme.templates().render(template, model).getBytes(StandardCharsets.UTF_8));
        } catch (TemplateFailure failure) {
            Path file = Path.of("theme", "templates", failure.templateFile());
            String where = file.toString().replace('\\', '/');
            diagnostics.error(SourcePosition.of(file, failure.line(), failure.column()), "HB-TEMPLATE",
                    failure.isMissing() ? "the theme has no " + where + " template" : "template failed: " + failure.getMessage(),
                    failure.isMissing() ? "add " + where + "; src/site/markdown/themes.md lists the templates a theme needs"
                            : "fix the template; src/site/markdown/themes.md lists what the page model holds");
            return Optional.empty();
        }
    }
}
