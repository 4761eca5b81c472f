package org.handbook.config;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handbook.model.Diagnostics;
import org.handbook.model.EditionId;
import org.handbook.model.LanguageTag;
import org.handbook.yaml.YamlMapping;
import org.handbook.yaml.YamlNode;

/** Reads the imprint's keys of {@code pdf} in handbook.yml: {@code licence}, {@code disclaimer}, {@code printing}. */
final class ImprintSettingsReader {

    private static final String CODE = "HB-CONFIG-PDF";

    private ImprintSettingsReader() {
    }

    static ImprintSettings read(YamlMapping pdf, List<Language> languages, List<Edition> editions, Diagnostics local) {
        Map<LanguageTag, String> licence = text(pdf, "licence",
                "the terms on which the edition may be copied, such as \"CC BY 4.0\"", languages, local);
        Map<LanguageTag, String> disclaimer = text(pdf, "disclaimer",
                "a sentence or two on how far readers may rely on the handbook", languages, local);
        Optional<YamlNode> printing = pdf.get("printing");
        if (printing.isPresent() && printing.get().isSequence()) {
            return new ImprintSettings(licence, disclaimer, Map.of(), printings(pdf, languages, editions, local));
        }
        return new ImprintSettings(licence, disclaimer, ConfigLoader.perLanguage(pdf, "printing", languages, local), List.of());
    }

    /** A text or a text per language; a list is neither, and is reported as such rather than as a bad mapping. */
    private static Map<LanguageTag, String> text(YamlMapping mapping, String key, String what, List<Language> languages,
                                                 Diagnostics local) {
        Optional<YamlNode> value = mapping.get(key);
        if (value.isPresent() && value.get().isSequence()) {
            local.error(value.get().position(), CODE, "'" + key + "' must be text, or text per language, not a list",
                    "write " + what + ", or one per language (en: …)");
            return Map.of();
        }
        return ConfigLoader.perLanguage(mapping, key, languages, local);
    }

    /** {@code printing} as a list: each printing a date, and what it was and which edition it printed where given. */
    private static List<ImprintSettings.Printing> printings(YamlMapping pdf, List<Language> languages,
                                                            List<Edition> editions, Diagnostics local) {
        List<ImprintSettings.Printing> printings = new ArrayList<>();
        for (YamlNode item : pdf.list("printing").orElse(List.of())) {
            YamlMapping.of(item, "a printing (date, and note or edition where wanted)", local).ifPresent(entry -> {
                entry.rejectUnknownKeys(Set.of("date", "note", "edition"));
                Optional<LocalDate> date = entry.requiredText("date")
                        .flatMap(text -> ConfigLoader.date(text, entry.positionOf("date"), local));
                Map<LanguageTag, String> note = text(entry, "note",
                        "what this printing was, such as \"Second printing, with corrections\"", languages, local);
                Optional<EditionId> edition = entry.text("edition").flatMap(id -> edition(id, entry, editions, local));
                if (date.isPresent() && (entry.get("edition").isEmpty() || edition.isPresent())) {
                    printings.add(new ImprintSettings.Printing(date.get(), note, edition));
                }
            });
        }
        return printings;
    }

    private static Optional<EditionId> edition(String id, YamlMapping entry, List<Edition> editions, Diagnostics local) {
        Optional<EditionId> declared = editions.stream().map(Edition::id).filter(edition -> edition.value().equals(id)).findFirst();
        if (declared.isEmpty()) {
            local.error(entry.positionOf("edition"), CODE, "'" + id + "' is not a declared edition",
                    "name one of the editions from 'editions' (" + String.join(", ",
                            editions.stream().map(edition -> edition.id().value()).toList())
                            + "), or leave 'edition' out for a printing of every edition");
        }
        return declared;
    }
}
