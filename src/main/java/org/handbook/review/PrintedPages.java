package org.handbook.review;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.handbook.link.LinkedHandbook;
import org.handbook.model.Diagnostics;
import org.handbook.model.Progress;
import org.handbook.pdf.PdfRenderer;
import org.handbook.render.Manifest;
import org.handbook.render.theme.ThemeLoader;

/** How many pages each print PDF of a handbook has, by "language/edition": the books laid out, nothing written. */
final class PrintedPages {

    private PrintedPages() {
    }

    static Map<String, Integer> of(LinkedHandbook handbook) {
        Diagnostics ignored = new Diagnostics();
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (Manifest.PdfEntry pdf : PdfRenderer.render(handbook, ThemeLoader.load(handbook.config(), ignored),
                (path, content) -> { }, ignored, true, Optional.<LocalDate>empty(), Progress.NONE)) {
            pages.put(pdf.lang() + "/" + pdf.edition(), pdf.pages());
        }
        return pages;
    }
}
