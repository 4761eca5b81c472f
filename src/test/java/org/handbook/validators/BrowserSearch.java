package org.handbook.validators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Queries typed into the search box of a built site, served on loopback, in Debian's Chromium. */
public final class BrowserSearch {

    /** A query typed on a page (relative to the site, such as {@code en/2026/index.html}). */
    public record Query(String page, String query) {
    }

    /**
     * What the results showed: the status line, the result links and section links (site paths),
     * the excerpts and their marked words; which element had focus after the down arrow in the box;
     * the bytes the server sent from the first keystroke; the words Chromium's own segmenter
     * finds in the query; the page's script errors.
     */
    public record Shown(Query query, String status, List<String> links, List<String> sections, List<String> excerpts,
                        List<String> marked, String focusAfterArrowDown, long bytes, List<String> browserWords,
                        List<String> errors) {
    }

    private BrowserSearch() {
    }

    public static List<Shown> run(Path site, List<Query> queries) throws IOException {
        Validators.installed("puppeteer-core/package.json");
        ObjectMapper json = new ObjectMapper();
        String cases = json.writeValueAsString(queries.stream().map(q -> Map.of("page", q.page(), "query", q.query())).toList());
        String printed = Validators.run(List.of("node", Validators.script("search.mjs").toString(), site.toString(), cases),
                List.of(0));
        List<Shown> shown = new ArrayList<>();
        int i = 0;
        for (JsonNode result : json.readTree(printed)) {
            shown.add(new Shown(queries.get(i++), result.get("status").asText(), texts(result.get("links")),
                    texts(result.get("sections")), texts(result.get("excerpts")), texts(result.get("marked")),
                    result.get("focusAfterArrowDown").asText(), result.get("bytes").asLong(),
                    texts(result.get("browserWords")), texts(result.get("errors"))));
        }
        return shown;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
