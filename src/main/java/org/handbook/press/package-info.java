/**
 * Files for a printer, beside the print PDFs and made from them once they are written: a press
 * PDF of each book (its pages with bleed, crop marks and the trim and bleed boxes a press reads,
 * identified as PDF/X-4 when the printer's output profile is given) and its cover (back, spine and
 * front on one sheet, the spine as wide as the book is thick, the ISBN as a barcode). Entry point:
 * {@link org.handbook.press.Press#render}. No stage before it depends on it.
 */
package org.handbook.press;
