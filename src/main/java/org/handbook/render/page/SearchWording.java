package org.handbook.render.page;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.handbook.link.LinkedBook;
import org.handbook.model.SitePath;
import org.handbook.text.JsonText;

/**
 * How the search words its results in a book's language ({@code search/strings.json}): fetched by
 * the search engine when a reader first searches, rather than carried in every page's markup,
 * where it weighed up to half a kilobyte in scripts of three bytes a character. The keys are the
 * search form's data attributes as the engine reads them ({@code searchNone} is
 * {@code data-search-none}).
 */
public final class SearchWording {

    private static final Map<String, String> KEYS = keys();

    private SearchWording() {
    }

    public static SitePath path(LinkedBook book) {
        return book.searchPage().resolve("strings.json").orElseThrow();
    }

    /** The file's content, from the theme's strings in the book's language. */
    public static byte[] json(Map<String, String> strings) {
        Map<String, String> wording = new LinkedHashMap<>();
        KEYS.forEach((key, string) -> wording.put(key, strings.getOrDefault(string, "")));
        return JsonText.of(wording).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("searchNone", "search.none");
        keys.put("searchOne", "search.one");
        keys.put("searchCount", "search.count");
        keys.put("searchSections", "search.sections");
        keys.put("searchFacts", "search.facts");
        return keys;
    }
}
