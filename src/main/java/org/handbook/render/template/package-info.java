/**
 * The one seam between the renderer and a template language: {@link
 * org.handbook.render.template.TemplateEngine}, with adapters for Pebble (the default theme) and
 * Freemarker. Both autoescape; both see the same model of plain maps, lists and text, so a
 * template can reach nothing but what the renderer gives it.
 */
package org.handbook.render.template;
