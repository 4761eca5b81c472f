package org.handbook.render.template;

import java.util.List;
import java.util.Map;

/** A theme's templates held in memory by file name, with the lookup both engines share. */
record ThemeTemplates(Map<String, String> sources, List<String> extensions) {

    ThemeTemplates {
        sources = Map.copyOf(sources);
        extensions = List.copyOf(extensions);
    }

    boolean has(String template) {
        return extensions.stream().anyMatch(extension -> sources.containsKey(template + extension));
    }

    /** The file name of {@code template}, or a failure when the theme has no such template. */
    String fileOf(String template) {
        return extensions.stream()
                .map(extension -> template + extension)
                .filter(sources::containsKey)
                .findFirst()
                .orElseThrow(() -> TemplateFailure.missing(template + extensions.get(0)));
    }
}
