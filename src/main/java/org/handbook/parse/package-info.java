/**
 * Stage 3, parse: turns each page's Markdown into an HTML fragment and an
 * {@link org.handbook.parse.Outline} (its headings, with stable ids and positions), checking what
 * the Markdown may contain (raw HTML, link targets). Input: {@link org.handbook.load.Sources};
 * output: {@link org.handbook.parse.ParsedHandbook}. Entry point: {@link org.handbook.parse.Parser#parse}.
 *
 * <p>Each page is parsed once; the Markdown tree is dropped as soon as its fragment is rendered, so
 * memory grows with the size of the fragments, not with that of the trees.
 */
package org.handbook.parse;
