package org.handbook.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.handbook.model.Diagnostics;
import org.handbook.model.EditionId;
import org.handbook.model.LanguageTag;
import org.handbook.yaml.YamlMapping;

/**
 * The languages and editions a section of handbook.yml that asks for books ({@code pdf:},
 * {@code epub:}) lists, each checked against those the handbook declares; one that is not
 * declared is reported under {@code code} and left out.
 */
final class ListedBooks {

    private ListedBooks() {
    }

    static List<EditionId> editions(YamlMapping section, List<Edition> editions, String code, Diagnostics local) {
        List<EditionId> listed = new ArrayList<>();
        for (String text : section.textList("editions")) {
            Optional<Edition> edition = editions.stream().filter(candidate -> candidate.id().value().equals(text)).findFirst();
            if (edition.isEmpty()) {
                local.error(section.positionOf("editions"), code, "'" + text + "' is not a declared edition",
                        "list editions from 'editions': " + String.join(", ", editions.stream().map(e -> e.id().value()).toList()));
            } else {
                listed.add(edition.get().id());
            }
        }
        return listed;
    }

    static List<LanguageTag> languages(YamlMapping section, List<Language> languages, String code, Diagnostics local) {
        List<LanguageTag> listed = new ArrayList<>();
        for (String text : section.textList("languages")) {
            Optional<LanguageTag> tag = LanguageTag.parse(text)
                    .filter(parsed -> languages.stream().anyMatch(language -> language.tag().equals(parsed)));
            if (tag.isEmpty()) {
                local.error(section.positionOf("languages"), code, "'" + text + "' is not a declared language",
                        "list languages from 'languages': " + String.join(", ",
                                languages.stream().map(language -> language.tag().value()).toList()));
            } else {
                listed.add(tag.get());
            }
        }
        return listed;
    }
}
