package org.handbook.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.renderer.html.HtmlRenderer;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;
import org.handbook.model.Title;
import org.jsoup.Jsoup;

/**
 * Markdown in data files (a note, a description) and in a chapter's front matter (its title) to
 * safe HTML. Raw HTML there is always escaped, whatever the handbook allows in chapters, and unsafe
 * link targets are reported like in chapters.
 */
public final class InlineMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(StrikethroughExtension.create(), AutolinkExtension.create());
    private static final String PARAGRAPH_START = "<p>";
    private static final String PARAGRAPH_END = "</p>\n";
    /**
     * Titles have no autolinks: an address in a title is text, as the title is itself a link
     * wherever it is listed. Nor do they nest deeper than a chapter may.
     */
    private static final List<Extension> TITLE_EXTENSIONS = List.of(StrikethroughExtension.create());
    private static final org.commonmark.parser.Parser TITLE_PARSER = org.commonmark.parser.Parser.builder()
            .extensions(TITLE_EXTENSIONS).maxInlineNesting(NestingDepth.PARSER_LIMIT).build();
    private static final HtmlRenderer TITLE_RENDERER = HtmlRenderer.builder()
            .extensions(TITLE_EXTENSIONS).escapeHtml(true).build();
    /**
     * Put before a title, so that no title starts a block: "1. Scope" is no list, "# Scope" no
     * heading, "[1]: note" no link definition. A no-break space is no indentation to Markdown,
     * yet is white space before emphasis, so "_Scope_" stays emphasis; it is taken off again.
     */
    private static final String TEXT_START = "\u00A0";
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

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
     * A chapter's title, written as inline Markdown in its front matter, in the forms readers see
     * it: code spans, emphasis, strong emphasis and strikethrough become markup; everything else is
     * the text it is. A title is one line of text, never a block. It cannot hold a link (nor a
     * cross-reference or an index mark) or an image: the title is itself the link to its page in
     * every list, contents and reference, and it is printed where no image can go; either is
     * reported and shown as its text.
     *
     * @param at where the title is written, for diagnostics
     */
    public Title title(String markdown, SourcePosition at) {
        String line = LINE_BREAKS.matcher(markdown.strip()).replaceAll(" ");
        Node document = TITLE_PARSER.parse(TEXT_START + line);
        if (NestingDepth.tooDeep(document).isPresent()) {
            diagnostics.error(at, "HB-MD-TOO-DEEP", "this title nests emphasis more than " + NestingDepth.MAX + " levels deep",
                    "nest emphasis a few levels deep at most");
            return Title.plain(line);
        }
        if (document.getFirstChild().getFirstChild() instanceof Text start) {
            start.setLiteral(start.getLiteral().substring(TEXT_START.length()));
        }
        HtmlComments.remove(document);
        document.accept(new WhatTitlesCannotShow(at));
        document.accept(new ContentChecks(SourceLocator.atValue(at), Optional.empty(), diagnostics,
                "a title is shown as text too (in the browser's tab, bookmarks, the search index): write its markup"
                        + " in Markdown, such as `code` or *emphasis*"));
        String paragraph = TITLE_RENDERER.render(document).strip();
        // Stripped again: a comment taken out at either end leaves the space before or after it.
        String html = paragraph.substring(PARAGRAPH_START.length(), paragraph.length() - PARAGRAPH_END.strip().length()).strip();
        return new Title(Jsoup.parseBodyFragment(html).text(), html);
    }

    /**
     * {@code url} when it is a whole web address, such as a source's; else reported, as a link of
     * a chapter would be, and empty. The schema asks for one too; checked here as well, so that a
     * looser schema could never turn another kind of address into a link.
     */
    public Optional<String> webAddress(String url, SourcePosition at) {
        LinkDestination address = LinkDestination.of(url);
        if (address.kind() == LinkDestination.Kind.WEB && address.scheme().startsWith("http")) {
            AddressShape.problem(url).ifPresent(problem -> MistypedAddress.report(diagnostics, at, url, problem));
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
            if (kind == LinkDestination.Kind.REFERENCE || kind == LinkDestination.Kind.MARK) {
                diagnostics.error(at, "HB-DATA-REFERENCE", "cross-references, index and authority marks work in chapters, not in data files: "
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
            unwrap(image);
        }
    }

    /** Links and images in a title, each reported and replaced by its text. */
    private final class WhatTitlesCannotShow extends AbstractVisitor {

        private final SourcePosition at;

        WhatTitlesCannotShow(SourcePosition at) {
            this.at = at;
        }

        @Override
        public void visit(Link link) {
            diagnostics.error(at, "HB-TITLE-LINK", "a title cannot hold a link: " + link.getDestination(),
                    "write the title as text (it is the link to its page wherever it is listed),"
                            + " and put the link in the chapter's text");
            visitChildren(link);
            unwrap(link);
        }

        @Override
        public void visit(Image image) {
            diagnostics.error(at, "HB-TITLE-IMAGE", "a title cannot show an image: " + image.getDestination(),
                    "describe it in words, or show the image in the chapter's text");
            visitChildren(image);
            unwrap(image);
        }

    }

    /** Puts a node's children in its place: what it showed stays, as text. */
    private static void unwrap(Node node) {
        while (node.getFirstChild() != null) {
            node.insertBefore(node.getFirstChild());
        }
        node.unlink();
    }
}
