package org.handbook.parse;

import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.handbook.model.Diagnostics;
import org.handbook.text.RefusedCharacters;

/**
 * Reports what a page's Markdown should not contain: raw HTML that will be escaped, or what cleaning
 * takes out of it, unsafe link targets, a second title.
 */
final class ContentChecks extends AbstractVisitor {

    private final SourceLocator locator;
    private final Optional<RawHtmlCleaner> cleaner;
    private final Diagnostics diagnostics;
    private final String rawHtmlHint;
    private final RefusedCharacters.Reports refusals;

    /** @param cleaner how raw HTML is cleaned when the handbook allows some; empty when it is escaped */
    ContentChecks(SourceLocator locator, Optional<RawHtmlCleaner> cleaner, Diagnostics diagnostics) {
        this(locator, cleaner, diagnostics, "write it in Markdown, or allow harmless tags with"
                + " 'markdown: {rawHtml: clean, allowedHtml: [...]}' in handbook.yml");
    }

    /** @param rawHtmlHint what to do about raw HTML where this text is written */
    ContentChecks(SourceLocator locator, Optional<RawHtmlCleaner> cleaner, Diagnostics diagnostics, String rawHtmlHint) {
        this.locator = locator;
        this.cleaner = cleaner;
        this.diagnostics = diagnostics;
        this.rawHtmlHint = rawHtmlHint;
        this.refusals = new RefusedCharacters.Reports(diagnostics);
    }

    @Override
    public void visit(Document document) {
        visitChildren(document);
        refusals.finish();
    }

    @Override
    public void visit(HtmlBlock node) {
        node.setLiteral(withoutRefusedReferences(node, node.getLiteral()));
        reportRawHtml(node, node.getLiteral());
    }

    @Override
    public void visit(HtmlInline node) {
        node.setLiteral(withoutRefusedReferences(node, node.getLiteral()));
        reportRawHtml(node, node.getLiteral());
    }

    @Override
    public void visit(FencedCodeBlock node) {
        // The info string, like text, is read with its character references decoded.
        node.setInfo(node.getInfo() == null ? null : withoutRefused(node, node.getInfo()));
    }

    @Override
    public void visit(Link node) {
        node.setDestination(withoutRefused(node, node.getDestination()));
        node.setTitle(node.getTitle() == null ? null : withoutRefused(node, node.getTitle()));
        checkTarget(node, node.getDestination());
        visitChildren(node);
    }

    @Override
    public void visit(Image node) {
        node.setDestination(withoutRefused(node, node.getDestination()));
        node.setTitle(node.getTitle() == null ? null : withoutRefused(node, node.getTitle()));
        checkTarget(node, node.getDestination());
        visitChildren(node);
    }

    @Override
    public void visit(Text node) {
        node.setLiteral(withoutRefused(node, node.getLiteral()));
    }

    /**
     * Typed characters a text may not hold are reported and left out while the file is read; a
     * character reference ({@code &#1;}, {@code &#xE002;}) writes one only here, as Markdown decodes it.
     */
    private String withoutRefused(Node node, String text) {
        if (text.codePoints().noneMatch(RefusedCharacters::isRefused)) {
            return text;
        }
        text.codePoints().filter(RefusedCharacters::isRefused).distinct().forEach(codePoint -> report(node, codePoint));
        return RefusedCharacters.without(text);
    }

    /**
     * Raw HTML shown as text keeps its character references as written; cleaned, they are decoded
     * into the page, where a reference to a mark of the tool would be taken for one.
     */
    private String withoutRefusedReferences(Node node, String html) {
        if (cleaner.isEmpty() || RefusedCharacters.referenced(html).findAny().isEmpty()) {
            return html;
        }
        RefusedCharacters.referenced(html).distinct().forEach(codePoint -> report(node, codePoint));
        return RefusedCharacters.withoutReferences(html);
    }

    private void report(Node node, int codePoint) {
        RefusedCharacters.Refusal refusal = RefusedCharacters.of(codePoint);
        refusals.report(locator.of(node), refusal.code(), "a character reference here writes " + refusal.what(), refusal.hint());
    }

    @Override
    public void visit(Heading node) {
        if (node.getLevel() == 1) {
            diagnostics.warning(locator.of(node), "HB-MD-HEADING-LEVEL",
                    "a '#' heading inside a chapter competes with its title",
                    "the title comes from the front matter: start sections at '##'");
        }
        visitChildren(node);
    }

    private void reportRawHtml(Node node, String html) {
        if (cleaner.isEmpty()) {
            diagnostics.warning(locator.of(node), "HB-MD-RAW-HTML", "raw HTML is shown as text, not as markup",
                    rawHtmlHint);
            return;
        }
        for (RawHtmlCleaner.Removal removal : cleaner.get().removals(html)) {
            diagnostics.warning(locator.inLiteral(node, html, removal.offset()), "HB-MD-RAW-HTML-REMOVED",
                    removal.what() + " is removed from the page", removal.what().startsWith("the attribute id ")
                            ? "anchor a heading with {#id} at its end, or let raw HTML give ids with"
                                    + " 'markdown: {htmlIds: true}' in handbook.yml"
                            : "keep to Markdown and the tags allowed by 'markdown: allowedHtml' in handbook.yml;"
                                    + " scripts, styles, frames, forms and event handlers are never kept");
        }
    }

    private void checkTarget(Node node, String destination) {
        LinkDestination target = LinkDestination.of(destination);
        boolean image = node instanceof Image;
        switch (target.kind()) {
            case REFERENCE, MARK -> {
                if (image) {
                    diagnostics.error(locator.of(node), "HB-IMAGE-REFERENCE",
                            "an image shows a file, not a cross-reference or a mark: " + destination,
                            "name an image in images/ by its path, such as ../../images/map.png;"
                                    + " to refer to a part of the handbook, write a link: [](" + destination + ")");
                }
            }
            case UNSAFE_SCHEME -> diagnostics.error(locator.of(node), "HB-MD-UNSAFE-LINK",
                    "link target with scheme '" + target.scheme() + ":' is not allowed",
                    "link to an http(s) or mailto address, or to a relative path");
            case WEB_SCHEME_WITHOUT_HOST -> diagnostics.error(locator.of(node), "HB-MD-UNSAFE-LINK",
                    "'" + target.scheme() + ":' is not followed by '//' and a host, so this is no web address: " + destination,
                    "write the whole address, such as " + target.scheme() + "://example.org/page");
            case WEB, OTHER_HOST -> {
                if (image) {
                    diagnostics.error(locator.of(node), "HB-IMAGE-REMOTE", "images are not taken from other sites: "
                            + destination, "save the image in images/ (with its licence noted) and link it from there");
                } else {
                    AddressShape.problem(destination).ifPresent(problem -> MistypedAddress.report(diagnostics,
                            locator.of(node), destination, problem));
                }
            }
            case BACKSLASH -> diagnostics.error(locator.of(node), "HB-LINK-BACKSLASH",
                    "this address separates its parts with '\\', which web addresses do not: " + destination,
                    "use '/' between folders, as in ../extradition/index.html");
            case BAD_ENCODING -> diagnostics.error(locator.at(node, destination, target.offset()), "HB-LINK-ENCODING",
                    "'%' in an address must start an escape of two hexadecimal digits, such as %20: " + destination,
                    "write '%25' for a percent sign itself, or correct the escape");
            case LOCAL -> {
            }
        }
    }

    /** Whether a browser would read {@code destination} as an address with a scheme, or leading to another host. */
    static boolean leavesTheSite(String destination) {
        LinkDestination target = LinkDestination.of(destination);
        return target.kind() != LinkDestination.Kind.LOCAL && target.kind() != LinkDestination.Kind.BACKSLASH
                && target.kind() != LinkDestination.Kind.BAD_ENCODING;
    }
}
