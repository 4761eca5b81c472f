package org.handbook.render.page;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.handbook.config.HandbookConfig;
import org.handbook.link.LinkedBook;
import org.handbook.link.TranslationState;
import org.handbook.model.LanguageTag;
import org.handbook.model.SitePath;

/**
 * What a reader is told about a page's translation, as notices ({@code kind}, {@code text}, and
 * for an outdated one a link to the original: {@code href}, {@code hreflang}, {@code linkText}):
 * that it is not translated yet, that its original changed since (and where), or that nobody has
 * reviewed it yet.
 */
final class TranslationNotices {

    /** Looking a name up in CLDR costs more than the rest of a notice; pages ask for the same few. */
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

    private TranslationNotices() {
    }

    static List<Map<String, Object>> of(TranslationState state, LinkedBook book, HandbookConfig config, PlaceNames names,
                                        Map<String, String> strings, SitePath self) {
        String language = name(book.language().tag(), book.language().tag());
        String source = name(config.defaultLanguage().tag(), book.language().tag());
        List<Map<String, Object>> notices = new ArrayList<>();
        switch (state.status()) {
            case MISSING -> notices.add(notice("missing", strings.getOrDefault("translation.missing",
                    "This page has not been translated into {language} yet; it is shown in {source}.")
                    .replace("{language}", language).replace("{source}", source)));
            case OUTDATED -> {
                String text = strings.getOrDefault("translation.outdated",
                        "The {source} original of this page has changed since this translation was made.").replace("{source}", source);
                if (!state.changed().isEmpty()) {
                    text += " " + strings.getOrDefault("translation.outdatedSections", "Changed since: {sections}.")
                            .replace("{sections}", state.changed().stream().map(names::name).collect(Collectors.joining("; ")));
                }
                Map<String, Object> notice = notice("outdated", text);
                state.source().ifPresent(original -> {
                    notice.put("href", original.hrefFrom(self));
                    notice.put("hreflang", config.defaultLanguage().tag().value());
                    notice.put("linkText", strings.getOrDefault("translation.readOriginal", "Read the {source} original")
                            .replace("{source}", source));
                });
                notices.add(notice);
            }
            default -> {
            }
        }
        boolean translated = state.status() != TranslationState.Status.ORIGINAL && state.status() != TranslationState.Status.MISSING;
        if (translated && !state.reviewed()) {
            notices.add(notice("unreviewed", strings.getOrDefault("translation.unreviewed",
                    "This translation has not been reviewed yet.")));
        }
        return notices;
    }

    private static Map<String, Object> notice(String kind, String text) {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("kind", kind);
        notice.put("text", text);
        notice.put("href", "");
        notice.put("hreflang", "");
        notice.put("linkText", "");
        return notice;
    }

    /** A language's name as a reader of {@code reader} calls it ("อังกฤษ" for English, to a Thai reader; CLDR). */
    private static String name(LanguageTag language, LanguageTag reader) {
        return NAMES.computeIfAbsent(language.value() + " " + reader.value(), key -> {
            String name = ULocale.forLanguageTag(language.value()).getDisplayLanguage(ULocale.forLanguageTag(reader.value()));
            return name.isEmpty() ? language.value() : name;
        });
    }
}
