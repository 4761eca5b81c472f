/**
 * Stage 4, link: works on the outlines, never on Markdown. Checks page ids, places every page at
 * its URL ({@code {lang}/{edition}/{id}/}), chains pages in reading order, places them in their
 * parts and under their chapters, numbers parts, chapters, sub-chapters, annexes and sections,
 * resolves cross-references ({@code xref:}, {@code annex:}, {@code country:}), checks ordinary
 * links into the site, flags old country facts, and places the redirects of moved pages
 * ({@code redirects} in handbook.yml) in the books that have their targets.
 * Input: {@link org.handbook.parse.ParsedHandbook}; output: {@link org.handbook.link.LinkedHandbook}.
 * Entry point: {@link org.handbook.link.Linker#link}.
 */
package org.handbook.link;
