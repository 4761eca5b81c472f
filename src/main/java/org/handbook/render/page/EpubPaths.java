package org.handbook.render.page;

import org.handbook.link.LinkedBook;
import org.handbook.model.SitePath;

/** Where a book's e-book is: {@code en/2026/handbook-en-2026.epub}, beside its PDF and named as it is. */
public final class EpubPaths {

    private EpubPaths() {
    }

    public static SitePath of(LinkedBook book) {
        String language = book.language().tag().value();
        String edition = book.edition().id().value();
        return SitePath.of(language, edition, "handbook-" + language + "-" + edition + ".epub");
    }
}
