/**
 * Stage 5, render: turns the linked handbook into the files of the site (pages through the theme's
 * templates, redirects, assets, {@code manifest.json}) and hands them to an
 * {@link org.handbook.render.OutputSink} one by one, so no more than a few pages are in memory.
 * Input: {@link org.handbook.link.LinkedHandbook} and a {@link org.handbook.render.theme.Theme}.
 * Entry point: {@link org.handbook.render.SiteRenderer#render}.
 */
package org.handbook.render;
