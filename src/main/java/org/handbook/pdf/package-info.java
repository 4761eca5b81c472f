/**
 * Print PDFs: reads a {@code LinkedHandbook} and writes one PDF per configured language and
 * edition, from the theme's {@code print} template (cover, contents with page numbers, chapters
 * with running heads, bookmarks) through OpenHTMLtoPDF, with the theme's fonts embedded and the
 * same bytes for the same sources. The engine loads nothing the print document does not carry
 * itself (images come embedded, fonts as bytes), so no address a page or theme names is fetched.
 * Entry point: {@link PdfRenderer#render}.
 */
package org.handbook.pdf;
