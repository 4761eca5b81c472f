package org.handbook.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.handbook.model.AnchorId;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;
import org.jsoup.nodes.Entities;

/**
 * Follows the elements a page's raw HTML opens and closes across the Markdown between them: an
 * element left open takes in the rest of the page, and a closing tag that closes nothing is a
 * mistake, both reported where written. Where the handbook lets raw HTML give ids, collects them as
 * the page's anchors, each unique on the page like a heading's.
 */
final class RawHtmlElements extends AbstractVisitor {

    /** Elements with no content, or whose end a browser finds without a closing tag. */
    private static final Set<String> UNCLOSED_BY_DESIGN = Set.of("br", "wbr", "p", "li", "dt", "dd", "rp", "rt");
    private static final Pattern ID = Pattern.compile("\\sid\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))",
            Pattern.CASE_INSENSITIVE);

    private record Opened(String name, SourcePosition position) {
    }

    private final RawHtmlCleaner cleaner;
    private final Map<Node, String> headingIds;
    private final HeadingSlugs slugs;
    private final SourceLocator locator;
    private final Diagnostics diagnostics;
    private final Deque<Opened> open = new ArrayDeque<>();
    private final List<HtmlAnchor> anchors = new ArrayList<>();
    private Optional<AnchorId> section = Optional.empty();

    private RawHtmlElements(RawHtmlCleaner cleaner, Map<Node, String> headingIds, HeadingSlugs slugs,
                            SourceLocator locator, Diagnostics diagnostics) {
        this.cleaner = cleaner;
        this.headingIds = headingIds;
        this.slugs = slugs;
        this.locator = locator;
        this.diagnostics = diagnostics;
    }

    /**
     * The anchors the page's raw HTML gives, none unless the handbook lets it.
     *
     * @param headingIds the ids of the page's headings, by node, which come first: an id of raw
     *                   HTML that repeats one is an error, not a reason to move the heading's
     */
    static List<HtmlAnchor> check(Node document, RawHtmlCleaner cleaner, Map<Node, String> headingIds, HeadingSlugs slugs,
                                  SourceLocator locator, Diagnostics diagnostics) {
        RawHtmlElements elements = new RawHtmlElements(cleaner, headingIds, slugs, locator, diagnostics);
        document.accept(elements);
        for (Opened unclosed : elements.open) {
            diagnostics.warning(unclosed.position(), "HB-MD-RAW-HTML-UNCLOSED",
                    "<" + unclosed.name() + "> is never closed, so the rest of the page falls inside it",
                    "close it with </" + unclosed.name() + "> where its content ends");
        }
        return elements.anchors;
    }

    @Override
    public void visit(Heading heading) {
        Optional.ofNullable(headingIds.get(heading)).ifPresent(id -> section = Optional.of(new AnchorId(id)));
        visitChildren(heading);
    }

    @Override
    public void visit(HtmlBlock block) {
        follow(block, block.getLiteral());
    }

    @Override
    public void visit(HtmlInline inline) {
        follow(inline, inline.getLiteral());
    }

    private void follow(Node node, String literal) {
        for (RawHtmlTokens.Token token : RawHtmlTokens.of(literal)) {
            if (!token.isTag() || !cleaner.allows(token.name())) {
                continue;
            }
            SourcePosition at = locator.inLiteral(node, literal, token.offset());
            if (token.closing()) {
                close(token.name(), at);
                continue;
            }
            if (cleaner.allowsIds()) {
                anchor(token.text(), at);
            }
            if (!UNCLOSED_BY_DESIGN.contains(token.name()) && !token.text().endsWith("/>")) {
                open.push(new Opened(token.name(), at));
            }
        }
    }

    private void close(String name, SourcePosition at) {
        if (UNCLOSED_BY_DESIGN.contains(name)) {
            return;
        }
        if (open.stream().noneMatch(opened -> opened.name().equals(name))) {
            diagnostics.warning(at, "HB-MD-RAW-HTML-UNOPENED", "</" + name + "> closes no <" + name + ">",
                    "remove it, or open the element with <" + name + "> where it starts");
            return;
        }
        while (!open.pop().name().equals(name)) {
            // The elements opened inside it end with it, as a browser ends them.
        }
    }

    private void anchor(String tag, SourcePosition at) {
        Matcher written = ID.matcher(tag);
        if (!written.find()) {
            return;
        }
        String id = Entities.unescape(written.group(1) != null ? written.group(1)
                : written.group(2) != null ? written.group(2) : written.group(3));
        if (!ChosenIds.isId(id)) {
            diagnostics.error(at, "HB-HTML-ID", "'" + id + "' is not an id links can reach",
                    "write the id in letters, digits, hyphens and underscores, starting with a letter or digit");
        } else if (!slugs.claim(id)) {
            ChosenIds.reportTaken(id, "HB-HTML-ID", at, diagnostics);
        } else {
            anchors.add(new HtmlAnchor(new AnchorId(id), section, at));
        }
    }
}
