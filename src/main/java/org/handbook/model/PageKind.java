package org.handbook.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a page is; the manifest and the templates tell pages apart by it. */
public enum PageKind {
    HOME,
    /** A part of the book: the title and introduction of the chapters it holds. */
    PART,
    CHAPTER,
    ANNEX,
    /** An annex that defines terms; {@code glossary:} references lead to them. */
    GLOSSARY,
    /**
     * The table of legal authorities: an introduction, then every instrument the book's authority
     * marks and country profiles cite, with where. Print sets it in the back matter.
     */
    AUTHORITIES,
    COUNTRY,
    COUNTRIES,
    ANNEX_INDEX,
    SUBJECT_INDEX,
    /** What changed since the previous edition. */
    CHANGES,
    /** The search page, with every page and section title for readers without JavaScript. */
    SEARCH;

    /** Annexes, glossaries included, are lettered A, B, C after the chapters. */
    public boolean isLettered() {
        return this == ANNEX || this == GLOSSARY;
    }

    /** Annexes and the table of authorities follow the chapters, outside any part. */
    public boolean standsOutsideParts() {
        return isLettered() || this == AUTHORITIES;
    }

    /** The lower-case name used in front matter, templates and the manifest ("annex-index"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<PageKind> ofLabel(String label) {
        return Arrays.stream(values()).filter(kind -> kind.label().equals(label)).findFirst();
    }
}
