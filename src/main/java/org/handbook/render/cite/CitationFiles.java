package org.handbook.render.cite;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.handbook.config.HandbookConfig;
import org.handbook.config.PdfSettings;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedCountry;
import org.handbook.link.LinkedPage;
import org.handbook.model.LanguageTag;
import org.handbook.model.SitePath;

/**
 * The citation files of a book, beside its PDF ({@code en/2026/handbook-en-2026.bib}): the book
 * first, then each page of it in reading order and each country profile, as one entry each, in
 * every {@link Format}. The same sources give the same bytes.
 */
public final class CitationFiles {

    /** A citation format: the file's extension and its media type. */
    public enum Format {
        CSL_JSON("CSL-JSON", "csl.json", "application/vnd.citationstyles.csl+json", CslJson::of),
        BIBTEX("BibTeX", "bib", "application/x-bibtex", BibTex::of),
        RIS("RIS", "ris", "application/x-research-info-systems", Ris::of);

        private final String label;
        private final String extension;
        private final String mediaType;
        private final Function<List<CitedWork>, String> writer;

        Format(String label, String extension, String mediaType, Function<List<CitedWork>, String> writer) {
            this.label = label;
            this.extension = extension;
            this.mediaType = mediaType;
            this.writer = writer;
        }

        /** The format's name as reference managers' import menus give it. */
        public String label() {
            return label;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    private CitationFiles() {
    }

    /** Where the book's file in {@code format} is published. */
    public static SitePath path(LinkedBook book, Format format) {
        String language = book.language().tag().value();
        String edition = book.edition().id().value();
        return SitePath.of(language, edition, "handbook-" + language + "-" + edition + "." + format.extension);
    }

    /** The book's citation files, by where they are published. */
    public static Map<SitePath, byte[]> of(HandbookConfig config, LinkedBook book) {
        List<CitedWork> works = works(config, book);
        Map<SitePath, byte[]> files = new LinkedHashMap<>();
        for (Format format : Format.values()) {
            files.put(path(book, format), format.writer.apply(works).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static List<CitedWork> works(HandbookConfig config, LinkedBook book) {
        LanguageTag language = book.language().tag();
        String key = BibTex.key("handbook-" + language.value() + "-" + book.edition().id().value());
        String bookTitle = config.title(language);
        Optional<String> base = config.citableBaseUrl();
        List<CitedWork> works = new ArrayList<>();
        works.add(work(config, book, key, false, bookTitle, "", base.map(url -> url + book.home().url().substring(1))));
        for (LinkedPage page : book.pages()) {
            works.add(work(config, book, key + "-" + BibTex.key(page.page().frontMatter().id().value()), true,
                    page.page().title().text(), page.number().orElse(""), base.map(url -> url + page.path().url().substring(1))));
        }
        for (LinkedCountry country : book.countries()) {
            works.add(work(config, book, key + "-country-" + BibTex.key(country.profile().code()), true,
                    country.profile().name(language.value()), "", base.map(url -> url + country.path().url().substring(1))));
        }
        return works;
    }

    private static CitedWork work(HandbookConfig config, LinkedBook book, String key, boolean chapter, String title,
                                  String number, Optional<String> url) {
        LanguageTag language = book.language().tag();
        return new CitedWork(key, chapter, title, config.title(language), number, book.edition().title(language),
                language.value(), book.edition().date(), PdfSettings.in(config.pdf().author(), language),
                PdfSettings.in(config.pdf().publisher(), language), book.edition().isbn().getOrDefault(language, ""), url);
    }
}
