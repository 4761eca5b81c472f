package org.handbook.config;

import java.util.List;
import org.handbook.model.EditionId;
import org.handbook.model.LanguageTag;

/**
 * Which e-books a build writes: an EPUB per listed language and each listed edition (all when none
 * is listed). Their publisher and author are the PDFs' ({@link PdfSettings}). No EPUBs when the
 * handbook lists no language.
 */
public record EpubSettings(List<LanguageTag> languages, List<EditionId> editions) {

    public EpubSettings {
        languages = List.copyOf(languages);
        editions = List.copyOf(editions);
    }

    public static EpubSettings none() {
        return new EpubSettings(List.of(), List.of());
    }

    /** Whether to write an EPUB of {@code language} in {@code edition}. */
    public boolean writes(LanguageTag language, EditionId edition) {
        return languages.contains(language) && (editions.isEmpty() || editions.contains(edition));
    }
}
