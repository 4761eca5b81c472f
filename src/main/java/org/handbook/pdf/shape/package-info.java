/**
 * Shaped text in the print PDF: Thai, Lao, Khmer and Myanmar runs are laid out by the Java
 * runtime's OpenType shaper ({@link org.handbook.pdf.shape.Shaper}), measured and drawn as glyph
 * ids through a text renderer over the PDF engine's own
 * ({@link org.handbook.pdf.shape.ShapingTextRenderer}), broken into lines between words
 * ({@link org.handbook.pdf.shape.DictionaryLineBreaker}), and given their text back for copying
 * and search ({@link org.handbook.pdf.shape.UnicodeMaps}).
 */
package org.handbook.pdf.shape;
