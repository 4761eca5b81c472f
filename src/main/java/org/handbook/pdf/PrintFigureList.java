package org.handbook.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedPage;
import org.handbook.parse.CaptionedFigure;

/**
 * The book's list of figures, printed after its contents when it has any: each figure by its number
 * and caption ("Figure 4.1 The route of a request"), leading to it, its page number set by the engine.
 */
final class PrintFigureList {

    private PrintFigureList() {
    }

    static List<Map<String, Object>> of(LinkedBook book, Map<String, String> strings) {
        String word = strings.getOrDefault("xref.figure", "Figure {number}");
        List<Map<String, Object>> entries = new ArrayList<>();
        for (LinkedPage page : book.pages()) {
            String id = page.page().frontMatter().id().value();
            String pageNumber = page.number().orElse("");
            List<CaptionedFigure> figures = page.page().outline().figures();
            for (int i = 0; i < figures.size(); i++) {
                String number = pageNumber.isEmpty() ? String.valueOf(i + 1) : pageNumber + "." + (i + 1);
                String figureNumber = word.replace("{number}", number);
                entries.add(Map.of("anchor", PrintContent.anchor(id, figures.get(i).id().value()),
                        "label", figureNumber + " " + figures.get(i).caption(), "tocNumber", figureNumber,
                        "title", figures.get(i).caption(), "lang", page.translation().contentLanguage().value()));
            }
        }
        return entries;
    }
}
