/**
 * E-books: reads a {@code LinkedHandbook} and writes one EPUB 3 per language and edition that
 * handbook.yml's {@code epub:} asks for, beside the pipeline as the review and the press are. Each
 * chapter, annex, country profile and the subject index is a document of its own, with the site's
 * text (numbered sections and paragraphs, footnotes, tables) and its cross-references leading from
 * document to document; a navigation document mirrors the contents; fonts for scripts a reading
 * system may lack come from the theme's print fonts. The same sources give the same bytes.
 * Entry point: {@link EpubRenderer#render}.
 */
package org.handbook.epub;
