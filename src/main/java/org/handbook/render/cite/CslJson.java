package org.handbook.render.cite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.handbook.text.JsonText;

/** Works as CSL-JSON, the data format of the Citation Style Language that Zotero, Mendeley and pandoc read. */
final class CslJson {

    private CslJson() {
    }

    static String of(List<CitedWork> works) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (CitedWork work : works) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", work.key());
            item.put("type", work.chapter() ? "chapter" : "book");
            item.put("title", work.title());
            if (work.chapter()) {
                item.put("container-title", work.bookTitle());
                if (!work.number().isEmpty()) {
                    item.put("chapter-number", work.number());
                }
            }
            item.put("edition", work.edition());
            item.put("language", work.language());
            work.date().ifPresent(date -> item.put("issued",
                    Map.of("date-parts", List.of(List.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth())))));
            if (!work.author().isEmpty()) {
                item.put("author", List.of(Map.of("literal", work.author())));
            }
            if (!work.publisher().isEmpty()) {
                item.put("publisher", work.publisher());
            }
            if (!work.isbn().isEmpty()) {
                item.put("ISBN", work.isbn());
            }
            work.url().ifPresent(url -> item.put("URL", url));
            items.add(item);
        }
        return JsonText.of(items);
    }
}
