package org.handbook.config;

import java.util.List;
import java.util.Set;

/**
 * What happens to raw HTML written in Markdown. By default it is escaped and shows as text; a
 * handbook may instead keep a short allow-list of harmless tags, which jsoup cleans, and may let
 * raw HTML give elements ids: anchors ({@code <a id="old-name"></a>}) that links and references reach.
 */
public record RawHtmlPolicy(boolean clean, List<String> allowedTags, boolean ids) {

    /** Tags a handbook may allow: none of them can run code, load content or take input. */
    public static final Set<String> ALLOWABLE_TAGS = Set.of(
            "abbr", "b", "bdi", "bdo", "br", "cite", "code", "dd", "del", "details", "dfn", "div", "dl", "dt",
            "em", "figcaption", "figure", "i", "ins", "kbd", "mark", "p", "pre", "q", "ruby", "rp", "rt", "s", "samp",
            "small", "span", "strong", "sub", "summary", "sup", "time", "u", "var", "wbr");

    public static RawHtmlPolicy escape() {
        return new RawHtmlPolicy(false, List.of(), false);
    }

    /** Cleaning, keeping these tags and no ids. */
    public static RawHtmlPolicy clean(List<String> allowedTags) {
        return new RawHtmlPolicy(true, allowedTags, false);
    }

    public RawHtmlPolicy {
        allowedTags = List.copyOf(allowedTags);
    }
}
