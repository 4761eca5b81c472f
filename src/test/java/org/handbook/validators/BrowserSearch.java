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

    /**
     * A query typed on a page (relative to the site, such as {@code en/2026/index.html}), in a window
     * {@code width} pixels wide (0: Chromium's default), the page served or opened from its folder.
     */
    public record Query(String page, String query, int width, boolean folder) {

        public Query(String page, String query) {
            this(page, query, 0, false);
        }

        public Query atWidth(int pixels) {
            return new Query(page, query, pixels, folder);
        }

        public Query openedFromFolder() {
            return new Query(page, query, width, true);
        }
    }

    /**
     * What the results showed: the status line and its links (addresses), the result links (site
     * paths), their fragments and their titles, the values shown for country facts, the section
     * links, the excerpts and their marked words; whether the results stayed inside the window; how
     * far the page's heading moved down when they appeared; which element had focus after the down
     * arrow in the box, and whether Escape then took the reader back to the box with the results
     * closed; the bytes the server sent from the first keystroke; the words Chromium's own segmenter
     * finds in the query; the page's script errors.
     */
    public record Shown(Query query, String status, List<String> statusLinks, List<String> links, List<String> anchors,
                        List<String> titles, List<String> facts, List<String> sections, List<String> excerpts,
                        List<String> marked, boolean insideWindow, double headingMoved, String focusAfterArrowDown,
                        boolean escapeBackInBox, boolean escapeClosed, long bytes, List<String> browserWords,
                        List<String> errors) {
    }

    private BrowserSearch() {
    }

    public static List<Shown> run(Path site, List<Query> queries) throws IOException {
        Validators.installed("puppeteer-core/package.json");
        ObjectMapper json = new ObjectMapper();
        String cases = json.writeValueAsString(queries.stream().map(q -> Map.of("page", q.page(), "query", q.query(),
                "width", q.width(), "folder", q.folder())).toList());
        String printed = Validators.run(List.of("node", Validators.script("search.mjs").toString(), site.toString(), cases),
                List.of(0));
        List<Shown> shown = new ArrayList<>();
        int i = 0;
        for (JsonNode result : json.readTree(printed)) {
            shown.add(new Shown(queries.get(i++), result.get("status").asText(), texts(result.get("statusLinks")),
                    texts(result.get("links")), texts(result.get("anchors")), texts(result.get("titles")),
                    texts(result.get("facts")), texts(result.get("sections")), texts(result.get("excerpts")),
                    texts(result.get("marked")), result.get("insideWindow").asBoolean(),
                    result.get("headingMoved").asDouble(), result.get("focusAfterArrowDown").asText(),
                    result.get("escapeBackInBox").asBoolean(), result.get("escapeClosed").asBoolean(),
                    result.get("bytes").asLong(), texts(result.get("browserWords")), texts(result.get("errors"))));
        }
        return shown;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
