package org.handbook.parse;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans a rendered fragment when a handbook allows raw HTML: what Markdown itself produces and the
 * tags the handbook allows stay; scripts, event handlers, styles and unsafe URLs go.
 */
final class RawHtmlCleaner {

    private static final String[] MARKDOWN_TAGS = {
        "a", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "img", "li",
        "ol", "p", "pre", "section", "strong", "sup", "table", "figure", "figcaption", "span", "tbody", "td", "th", "thead", "tr", "ul"};

    private final Safelist safelist;

    RawHtmlCleaner(List<String> allowedTags) {
        safelist = new Safelist()
                .addTags(MARKDOWN_TAGS)
                .addTags(allowedTags.toArray(String[]::new))
                .addAttributes(":all", "class", "title", "lang", "dir")
                // ids only where Markdown makes them (headings, footnotes), so raw HTML cannot take the theme's
                .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
                .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
                .addAttributes("li", "id").addAttributes("a", "id").addAttributes("p", "id")
                // tables with a caption, and the anchors of index marks
                .addAttributes("figure", "id").addAttributes("span", "id")
                .addAttributes("a", "href")
                .addAttributes("img", "src", "alt")
                .addAttributes("td", "align")
                .addAttributes("th", "align")
                .addAttributes("ol", "start")
                .addAttributes("code", "class")
                .addAttributes("section", "data-footnotes")
                .addAttributes("a", "data-footnote-ref", "data-footnote-backref", "data-footnote-backref-idx",
                        "aria-label")
                .addProtocols("a", "href", "http", "https", "mailto", "tel", "#")
                .addProtocols("img", "src", "http", "https")
                .preserveRelativeLinks(true);
    }

    String clean(String fragment) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        // A base URI lets relative links survive cleaning; it is never written out.
        return Jsoup.clean(fragment, "https://handbook.invalid/", safelist, output);
    }
}
