/**
 * Reads handbook source files as normalised text: UTF-8 checked, a leading BOM dropped, CRLF and CR
 * read as LF (so line numbers match what the editor shows), Unicode NFC, and never a file that lies
 * outside the handbook root; and writes JSON the same way on every platform.
 */
package org.handbook.text;
