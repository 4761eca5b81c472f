/**
 * Citation files: for each language and edition, the book and each of its chapters, annexes and
 * profiles as reference managers import them, in CSL-JSON, BibTeX and RIS, beside the book's PDF.
 * Entry point: {@link CitationFiles}.
 */
package org.handbook.render.cite;
