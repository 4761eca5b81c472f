package org.handbook.link;

import org.handbook.model.SitePath;

/**
 * Where a cross-reference leads, and what the render stage needs to name it when the editor left
 * the link text empty: the kind of target, its number ("4.2", "B"; empty when not numbered), its
 * title (a country's name for profiles) and, for a profile section, the section's id.
 */
public record ReferenceTarget(SitePath path, String anchor, Kind kind, String number, String title, String section) {

    public enum Kind { CHAPTER, ANNEX, SECTION, PARAGRAPH, COUNTRY, COUNTRY_SECTION }
}
