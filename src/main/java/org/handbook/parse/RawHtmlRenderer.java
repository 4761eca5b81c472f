package org.handbook.parse;

import java.util.List;
import java.util.Set;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.jsoup.nodes.Entities;

/**
 * Writes raw HTML when a handbook allows some: only the tags it allows, never an element Markdown
 * itself makes ({@code <img>}, {@code <a href>}), so raw HTML cannot bring in an image or link that
 * skipped the checks Markdown's own get. Each tag is written on its own, opening and closing tags
 * apart, so that an element may hold the Markdown written between them; the page is cleaned once
 * more as a whole afterwards, which nests them.
 */
final class RawHtmlRenderer implements NodeRenderer {

    /** Elements whose content is no text for a reader: dropped with them, not shown. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "iframe", "noscript",
            "noembed", "noframes", "xmp", "template", "object", "svg", "math");

    private final HtmlWriter html;
    private final RawHtmlCleaner cleaner;

    RawHtmlRenderer(HtmlWriter html, RawHtmlCleaner cleaner) {
        this.html = html;
        this.cleaner = cleaner;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(HtmlInline.class, HtmlBlock.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof HtmlInline inline) {
            html.raw(kept(inline.getLiteral()));
        } else if (node instanceof HtmlBlock block) {
            html.line();
            html.raw(kept(block.getLiteral()));
            html.line();
        }
    }

    private String kept(String rawHtml) {
        StringBuilder kept = new StringBuilder();
        List<RawHtmlTokens.Token> tokens = RawHtmlTokens.of(rawHtml);
        for (int i = 0; i < tokens.size(); i++) {
            RawHtmlTokens.Token token = tokens.get(i);
            if (token.isText()) {
                kept.append(Entities.escape(Entities.unescape(token.text())));
            } else if (token.isTag() && cleaner.allows(token.name())) {
                kept.append(token.closing() ? "</" + token.name() + ">" : opening(token));
            } else if (token.isTag() && !token.closing() && RAW_TEXT.contains(token.name())) {
                i = closingOf(tokens, i);
            }
        }
        return kept.toString();
    }

    /** The tag cleaned, without the closing tag cleaning adds to it: its own comes later. */
    private String opening(RawHtmlTokens.Token tag) {
        String cleaned = cleaner.cleanRaw(tag.text());
        String added = "</" + tag.name() + ">";
        return cleaned.endsWith(added) ? cleaned.substring(0, cleaned.length() - added.length()) : cleaned;
    }

    /** The index of the tag that closes the element opened at {@code start}, or of the last token when none does. */
    private static int closingOf(List<RawHtmlTokens.Token> tokens, int start) {
        String name = tokens.get(start).name();
        for (int i = start + 1; i < tokens.size(); i++) {
            if (tokens.get(i).closing() && tokens.get(i).name().equals(name)) {
                return i;
            }
        }
        return tokens.size() - 1;
    }
}
