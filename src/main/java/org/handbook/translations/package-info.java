/**
 * Translation status: reads a {@code LinkedHandbook} and reports, per language and edition, which
 * chapters are translated, outdated, unmarked or missing ({@link TranslationReport}), and records
 * in a translation the version of its source it now matches ({@link TranslationMarker}).
 */
package org.handbook.translations;
