/**
 * Stage 4, link: works on the outlines, never on Markdown. Checks page ids, places every page at
 * its URL ({@code {lang}/{edition}/{id}/}) and chains pages in reading order.
 * Input: {@link org.handbook.parse.ParsedHandbook}; output: {@link org.handbook.link.LinkedHandbook}.
 * Entry point: {@link org.handbook.link.Linker#link}.
 */
package org.handbook.link;
