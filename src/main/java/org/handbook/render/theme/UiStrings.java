package org.handbook.render.theme;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.handbook.model.LanguageTag;

/**
 * The theme's UI strings ("Contents", "Next") per language. A missing string falls back to the
 * handbook's default language, then to the theme's own English, so every page has all its labels.
 */
public final class UiStrings {

    static final LanguageTag THEME_LANGUAGE = new LanguageTag("en");

    private final LanguageTag defaultLanguage;
    private final Map<LanguageTag, Map<String, String>> byLanguage;
    /** Every page asks for its language's strings several times: merge them once per language. */
    private final Map<LanguageTag, Map<String, String>> merged = new ConcurrentHashMap<>();

    public UiStrings(LanguageTag defaultLanguage, Map<LanguageTag, Map<String, String>> byLanguage) {
        this.defaultLanguage = defaultLanguage;
        this.byLanguage = Map.copyOf(byLanguage);
    }

    public Map<String, String> forLanguage(LanguageTag language) {
        return merged.computeIfAbsent(language, this::merge);
    }

    /** The strings a language's own files give, without what it falls back to: a translation's, as far as it has come. */
    public Map<String, String> own(LanguageTag language) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(byLanguage.getOrDefault(language, Map.of())));
    }

    private Map<String, String> merge(LanguageTag language) {
        SortedMap<String, String> strings = new TreeMap<>(byLanguage.getOrDefault(THEME_LANGUAGE, Map.of()));
        strings.putAll(byLanguage.getOrDefault(defaultLanguage, Map.of()));
        strings.putAll(byLanguage.getOrDefault(language, Map.of()));
        // Sorted: a template may iterate the strings, and output must not depend on hash order.
        return Collections.unmodifiableSortedMap(strings);
    }
}
