package org.handbook.parse;

import java.util.List;
import java.util.Optional;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.renderer.html.HtmlRenderer;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;

/**
 * Markdown in data files (a note, a description) to safe HTML. Raw HTML there is always escaped,
 * whatever the handbook allows in chapters, and unsafe link targets are reported like in chapters.
 */
public final class InlineMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(StrikethroughExtension.create(), AutolinkExtension.create());
    private static final String PARAGRAPH_START = "<p>";
    private static final String PARAGRAPH_END = "</p>\n";

    private final org.commonmark.parser.Parser parser = org.commonmark.parser.Parser.builder()
            .extensions(EXTENSIONS).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).urlSanitizer(LinkDestination.sanitizer()).build();
    private final Diagnostics diagnostics;

    public InlineMarkdown(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** @param at where the text is written, for diagnostics */
    public String render(String markdown, SourcePosition at) {
        Node document = parser.parse(markdown);
        HtmlComments.remove(document);
        document.accept(new ContentChecks(SourceLocator.atValue(at), Optional.empty(), diagnostics,
                "data files never carry HTML: write the text in Markdown"));
        document.accept(new WhatDataCannotShow(at));
        String html = renderer.render(document);
        boolean oneParagraph = html.startsWith(PARAGRAPH_START) && html.endsWith(PARAGRAPH_END)
                && html.indexOf(PARAGRAPH_START, 1) < 0;
        return oneParagraph
                ? html.substring(PARAGRAPH_START.length(), html.length() - PARAGRAPH_END.length())
                : html.strip();
    }

    /**
     * {@code url} when it is a whole web address, such as a source's; else reported, as a link of
     * a chapter would be, and empty. The schema asks for one too; checked here as well, so that a
     * looser schema could never turn another kind of address into a link.
     */
    public Optional<String> webAddress(String url, SourcePosition at) {
        LinkDestination address = LinkDestination.of(url);
        if (address.kind() == LinkDestination.Kind.WEB && address.scheme().startsWith("http")) {
            return Optional.of(url);
        }
        diagnostics.error(at, "HB-MD-UNSAFE-LINK", "a source's address must be a whole web address: " + url,
                "write the address in full, starting with https://");
        return Optional.empty();
    }

    /**
     * Data files show no images: they have no folder to name one from, and an address from
     * elsewhere would be fetched by every reader and by the PDF build. Each is reported (those
     * from other sites and with unsafe schemes by {@link ContentChecks}) and shown as its text.
     * Nor do they hold cross-references or index marks, which only chapters resolve: written here,
     * one would become a link to nowhere.
     */
    private final class WhatDataCannotShow extends AbstractVisitor {

        private final SourcePosition at;

        WhatDataCannotShow(SourcePosition at) {
            this.at = at;
        }

        @Override
        public void visit(Link link) {
            LinkDestination.Kind kind = LinkDestination.of(link.getDestination()).kind();
            if (kind == LinkDestination.Kind.REFERENCE || kind == LinkDestination.Kind.INDEX_MARK) {
                diagnostics.error(at, "HB-DATA-REFERENCE", "cross-references and index marks work in chapters, not in data files: "
                        + link.getDestination(), "write the name of what you refer to, or move the text into a chapter");
            }
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            if (LinkDestination.of(image.getDestination()).kind() == LinkDestination.Kind.LOCAL) {
                diagnostics.error(at, "HB-IMAGE-IN-DATA", "data files do not show images: " + image.getDestination(),
                        "show the image in a chapter, or describe it in words here");
            }
            visitChildren(image);
            while (image.getFirstChild() != null) {
                image.insertBefore(image.getFirstChild());
            }
            image.unlink();
        }
    }
}
