package org.handbook.render.page;

import org.handbook.link.LinkedBook;
import org.handbook.model.SitePath;

/** Where a book's print PDF is: {@code en/2026/handbook-en-2026.pdf}, a name that tells what it is once downloaded. */
public final class PdfPaths {

    private PdfPaths() {
    }

    public static SitePath of(LinkedBook book) {
        String language = book.language().tag().value();
        String edition = book.edition().id().value();
        return SitePath.of(language, edition, "handbook-" + language + "-" + edition + ".pdf");
    }
}
