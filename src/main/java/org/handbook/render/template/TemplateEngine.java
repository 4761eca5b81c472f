package org.handbook.render.template;

import java.util.Map;

/** Renders a named template of the theme with a model of maps, lists, text, numbers and booleans. */
public interface TemplateEngine {

    /**
     * The most characters one page may have: far beyond any real page (a 10,000-page handbook's
     * subject index is under a million), small enough that a template looping without end fails
     * before it exhausts memory.
     */
    int MAX_PAGE_CHARS = 32 * 1024 * 1024;

    /**
     * @param template the template's name without extension ("page", "home")
     * @throws TemplateFailure when the template is missing or fails
     */
    String render(String template, Map<String, Object> model);

    /** Whether the theme has a template of this name. */
    boolean has(String template);

    /** The file of the template of this name, as diagnostics name it ("page.peb"). */
    String fileOf(String template);
}
