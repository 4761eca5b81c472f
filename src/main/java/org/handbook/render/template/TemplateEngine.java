package org.handbook.render.template;

import java.util.Map;

/** Renders a named template of the theme with a model of maps, lists, text, numbers and booleans. */
public interface TemplateEngine {

    /**
     * @param template the template's name without extension ("page", "home")
     * @throws TemplateFailure when the template is missing or fails
     */
    String render(String template, Map<String, Object> model);

    /** Whether the theme has a template of this name. */
    boolean has(String template);
}
