package org.handbook.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbook.model.EditionId;
import org.handbook.model.LanguageTag;

/**
 * Which print PDFs a build writes: one per listed language and each listed edition (all when none
 * is listed), on pages of
 * {@code pageSize} (A4, Letter or B5); what their imprint and metadata name as publisher and
 * author, per language (the default language's stands in for the others; none when not given);
 * the short title the left-hand pages' running heads give, per language (the handbook's title when
 * not given);
 * what else their imprint states ({@link ImprintSettings}); and, when {@code press} is given, a
 * printer's files beside each PDF.
 * No PDFs when the handbook lists no language.
 */
public record PdfSettings(List<LanguageTag> languages, List<EditionId> editions, String pageSize,
                          Map<LanguageTag, String> publisher, Map<LanguageTag, String> author,
                          Map<LanguageTag, String> runningTitle, ImprintSettings imprint, Optional<PressSettings> press) {

    public static final List<String> PAGE_SIZES = List.of("A4", "Letter", "B5");

    public PdfSettings {
        languages = List.copyOf(languages);
        editions = List.copyOf(editions);
        publisher = Collections.unmodifiableMap(new LinkedHashMap<>(publisher));
        author = Collections.unmodifiableMap(new LinkedHashMap<>(author));
        runningTitle = Collections.unmodifiableMap(new LinkedHashMap<>(runningTitle));
    }

    public static PdfSettings none() {
        return new PdfSettings(List.of(), List.of(), "A4", Map.of(), Map.of(), Map.of(), ImprintSettings.none(), Optional.empty());
    }

    /** Whether to print {@code edition}: every edition when the handbook lists none. */
    public boolean prints(EditionId edition) {
        return editions.isEmpty() || editions.contains(edition);
    }

    /** {@code texts} in {@code language}, else in the default language (the first), else empty. */
    public static String in(Map<LanguageTag, String> texts, LanguageTag language) {
        return texts.getOrDefault(language, texts.values().stream().findFirst().orElse(""));
    }
}
