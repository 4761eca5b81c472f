package org.handbook.config;

import java.util.List;
import org.handbook.model.LanguageTag;

/**
 * Which print PDFs a build writes: one per listed language and each of its editions, on pages of
 * {@code pageSize} (A4, Letter or B5). None when the handbook lists no language.
 */
public record PdfSettings(List<LanguageTag> languages, String pageSize) {

    public static final List<String> PAGE_SIZES = List.of("A4", "Letter", "B5");

    public PdfSettings {
        languages = List.copyOf(languages);
    }

    public static PdfSettings none() {
        return new PdfSettings(List.of(), "A4");
    }
}
