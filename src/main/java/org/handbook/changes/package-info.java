/**
 * What changed between editions: reads a {@code LinkedHandbook} and compares, per language, each
 * edition with the one before it ({@link EditionComparison}): chapters added, removed and changed,
 * a word-level redline of each changed chapter, a concordance of renumbered paragraphs, and the
 * country profile fields whose facts changed. The render stage makes the changes pages of it; the
 * {@code diff} command prints it.
 */
package org.handbook.changes;
