/**
 * Reads a theme: the bundled default theme, with the handbook's own {@code theme/} folder laid over
 * it file by file. Templates go to a {@link org.handbook.render.template.TemplateEngine}, assets get
 * a content hash in their file name, UI strings fall back to the default language.
 */
package org.handbook.render.theme;
