/**
 * Print PDFs: reads a {@code LinkedHandbook} and writes one PDF per configured language and
 * edition, from the theme's {@code print} template (cover, contents with page numbers, chapters
 * with running heads, bookmarks) through OpenHTMLtoPDF, with the theme's fonts embedded and the
 * same bytes for the same sources. Entry point: {@link PdfRenderer#render}.
 */
package org.handbook.pdf;
