package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML when a handbook allows raw HTML: raw HTML keeps only the tags the handbook allows; a
 * rendered page keeps what Markdown itself produces too. Scripts, event handlers, styles and unsafe
 * URLs always go.
 */
final class RawHtmlCleaner {

    private static final String[] MARKDOWN_TAGS = {
        "a", "aside", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "img", "input",
        "li", "ol", "p", "pre", "section", "strong", "sup", "table", "figure", "figcaption", "span", "tbody", "td", "th",
        "thead", "tr", "ul"};

    private static final String BASE_URI = "https://handbook.invalid/";

    private final Safelist raw;
    private final Safelist page;
    private final boolean ids;

    /** @param ids whether raw HTML may give elements ids, and write anchors as {@code <a id="…"></a>} */
    RawHtmlCleaner(List<String> allowedTags, boolean ids) {
        this.ids = ids;
        raw = new Safelist()
                .addTags(allowedTags.toArray(String[]::new))
                .addAttributes(":all", "class", "title", "lang", "dir")
                .addAttributes("details", "open");
        page = new Safelist()
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
                // footnotes' links back to the text are named ("Back to reference 1"), as their arrow alone says nothing
                .addAttributes("a", "aria-label")
                // callouts, and the read-only boxes of task lists with their names for screen readers;
                // raw HTML has lost these attributes to cleanRaw before the page is cleaned
                .addAttributes("aside", "role")
                .addAttributes("input", "type", "disabled", "checked", "aria-label")
                .addProtocols("a", "href", "http", "https", "mailto", "tel", "#")
                .addProtocols("img", "src", "http", "https")
                .addAttributes("details", "open")
                .preserveRelativeLinks(true);
        if (ids) {
            // An <a> of raw HTML is an anchor only: its href is not among its attributes.
            raw.addTags("a").addAttributes(":all", "id");
            page.addAttributes(":all", "id");
        }
    }

    /**
     * Something cleaning takes out of raw HTML, in the words of a diagnostic: "the element
     * &lt;script&gt;", "the attribute onclick of &lt;b&gt;".
     *
     * @param offset where the tag that holds it starts in the HTML
     */
    record Removal(int offset, String what) {
    }

    /** What cleaning takes out of one piece of raw HTML, tag by tag. A closing tag alone takes nothing out. */
    List<Removal> removals(String html) {
        List<Removal> removed = new ArrayList<>();
        for (RawHtmlTokens.Token tag : RawHtmlTokens.of(html)) {
            if (!tag.isTag() || tag.closing()) {
                continue;
            }
            if (!raw.isSafeTag(tag.name())) {
                removed.add(new Removal(tag.offset(), "the element <" + tag.name() + ">"));
                continue;
            }
            // Read as XML, a tag is an element wherever it stands; HTML would drop a <summary> outside <details>.
            Element element = Parser.xmlParser().parseInput(tag.text(), BASE_URI).child(0);
            for (Attribute attribute : element.attributes()) {
                if (!raw.isSafeAttribute(tag.name(), element, attribute)) {
                    removed.add(new Removal(tag.offset(), "the attribute " + attribute.getKey() + " of <" + tag.name() + ">"));
                }
            }
        }
        return removed;
    }

    /** Whether raw HTML may give elements ids. */
    boolean allowsIds() {
        return ids;
    }

    /** Whether raw HTML may use this tag (lower case). */
    boolean allows(String tag) {
        return raw.isSafeTag(tag);
    }

    /** One tag or block of raw HTML, keeping only the allowed tags and their harmless attributes. */
    String cleanRaw(String html) {
        return Jsoup.clean(html, BASE_URI, raw, output());
    }

    private static Document.OutputSettings output() {
        return new Document.OutputSettings().prettyPrint(false);
    }

    /** A whole rendered page: what Markdown makes and the allowed tags. */
    String clean(String fragment) {
        // A base URI lets relative links survive cleaning; it is never written out.
        return Jsoup.clean(fragment, BASE_URI, page, output());
    }
}
