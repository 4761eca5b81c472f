package org.handbook.render.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbook.config.HandbookConfig;
import org.handbook.link.LinkedBook;
import org.handbook.model.LanguageTag;
import org.handbook.model.SitePath;
import org.handbook.render.cite.CitationFiles;

/**
 * How to cite an edition, worded by the theme, as the home page and the imprint give it:
 * {@code imprint.cite.text}, or {@code imprint.cite.textUndated} for an edition without a date,
 * then, for a handbook with a {@code baseUrl} readers can visit ({@link HandbookConfig#citableBaseUrl}),
 * {@code imprint.cite.withAddress} puts the edition's address, its home page, after it.
 */
public final class EditionCitation {

    private EditionCitation() {
    }

    /**
     * The home page's {@code editionCitation}: {@code text}, the citation, and {@code files}, the
     * edition's citation files ({@code label}: "BibTeX", {@code href}, {@code type}: the media type).
     */
    static Map<String, Object> model(HandbookConfig config, LinkedBook book, SitePath self, Map<String, String> strings) {
        List<Map<String, Object>> files = new ArrayList<>();
        for (CitationFiles.Format format : CitationFiles.Format.values()) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("label", format.label());
            file.put("href", CitationFiles.path(book, format).hrefFrom(self));
            file.put("type", format.mediaType());
            files.add(file);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("text", of(config, book, strings));
        model.put("files", files);
        return model;
    }

    public static String of(HandbookConfig config, LinkedBook book, Map<String, String> strings) {
        LanguageTag language = book.language().tag();
        Optional<LocalDate> date = book.edition().date();
        String citation = (date.isPresent()
                ? strings.getOrDefault("imprint.cite.text", "{title}, {edition} ({year})")
                : strings.getOrDefault("imprint.cite.textUndated", "{title}, {edition}"))
                .replace("{year}", date.map(day -> Integer.toString(day.getYear())).orElse(""))
                .replace("{edition}", book.edition().title(language))
                .replace("{title}", config.title(language));
        return config.citableBaseUrl()
                .map(base -> strings.getOrDefault("imprint.cite.withAddress", "{citation}, {url}")
                        .replace("{url}", base + book.home().url().substring(1)).replace("{citation}", citation))
                .orElse(citation);
    }
}
