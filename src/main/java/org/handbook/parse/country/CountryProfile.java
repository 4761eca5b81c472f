package org.handbook.parse.country;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A country profile ready to show: names per language, its sources, and its facts in sections. */
public record CountryProfile(String code, Path file, String defaultLanguage, Map<String, String> names,
                             Map<String, Source> sources, List<ProfileSection> sections) {

    public CountryProfile {
        names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        sections = List.copyOf(sections);
    }

    /** The name in {@code language}, else in the handbook's default language, else the code. */
    public String name(String language) {
        return Optional.ofNullable(names.get(language)).or(() -> Optional.ofNullable(names.get(defaultLanguage)))
                .orElse(code);
    }

    public Optional<Fact> fact(String path) {
        return sections.stream().flatMap(section -> section.fields().stream())
                .filter(field -> field.path().equals(path)).map(ProfileField::fact).findFirst();
    }
}
