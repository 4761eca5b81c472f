package org.handbook.render.template;

import java.util.Map;

/** A theme's templates held in memory by file name, with the lookup both engines share. */
record ThemeTemplates(Map<String, String> sources, String extension) {

    ThemeTemplates {
        sources = Map.copyOf(sources);
    }

    boolean has(String template) {
        return sources.containsKey(template + extension);
    }

    /** The file name of {@code template}, or a failure when the theme has no such template. */
    String fileOf(String template) {
        String file = template + extension;
        if (!sources.containsKey(file)) {
            throw new TemplateFailure(file, 0, "the theme has no template '" + file + "'", null);
        }
        return file;
    }
}
