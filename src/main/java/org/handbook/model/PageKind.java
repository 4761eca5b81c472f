package org.handbook.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a page is; the manifest and the templates tell pages apart by it. */
public enum PageKind {
    HOME,
    CHAPTER,
    ANNEX,
    COUNTRY,
    COUNTRIES,
    ANNEX_INDEX;

    /** The lower-case name used in front matter, templates and the manifest ("annex-index"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<PageKind> ofLabel(String label) {
        return Arrays.stream(values()).filter(kind -> kind.label().equals(label)).findFirst();
    }
}
