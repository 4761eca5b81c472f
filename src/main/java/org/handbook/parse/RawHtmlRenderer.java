package org.handbook.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes raw HTML when a handbook allows some: only the tags it allows, never an element Markdown
 * itself makes ({@code <img>}, {@code <a>}), so raw HTML cannot bring in an image or link that
 * skipped the checks Markdown's own get. The page is cleaned once more as a whole afterwards.
 */
final class RawHtmlRenderer implements NodeRenderer {

    /** An inline HTML node is one tag, comment or declaration (CommonMark 6.6). */
    private static final Pattern TAG_NAME = Pattern.compile("^</?([A-Za-z][A-Za-z0-9-]*)");

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
            String literal = inline.getLiteral();
            Matcher tag = TAG_NAME.matcher(literal);
            if (!tag.find() || !cleaner.allows(tag.group(1).toLowerCase(Locale.ROOT))) {
                return;
            }
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            if (literal.startsWith("</")) {
                html.raw("</" + name + ">");
            } else {
                // The cleaned opening tag comes back closed; its closing tag is a node of its own.
                String opening = cleaner.cleanRaw(literal);
                html.raw(opening.endsWith("</" + name + ">") ? opening.substring(0, opening.length() - name.length() - 3) : opening);
            }
        } else if (node instanceof HtmlBlock block) {
            html.line();
            html.raw(cleaner.cleanRaw(block.getLiteral()));
            html.line();
        }
    }
}
