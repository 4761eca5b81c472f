package org.handbook.render;

import org.handbook.model.EditionId;
import org.handbook.model.LanguageTag;

/** How many pages were written for one language of one edition. */
public record BookSummary(LanguageTag language, EditionId edition, int pages) {
}
