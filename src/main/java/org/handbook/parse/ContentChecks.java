package org.handbook.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.handbook.model.Diagnostics;

/**
 * Reports what a page's Markdown should not contain: raw HTML that will be escaped, or what cleaning
 * takes out of it, unsafe link targets, a second title.
 */
final class ContentChecks extends AbstractVisitor {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern CONTROL_AND_SPACE = Pattern.compile("[\\x00-\\x20\\x7f]");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private final SourceLocator locator;
    private final Optional<RawHtmlCleaner> cleaner;
    private final Diagnostics diagnostics;
    private final String rawHtmlHint;

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
    }

    @Override
    public void visit(HtmlBlock node) {
        reportRawHtml(node, node.getLiteral());
    }

    @Override
    public void visit(HtmlInline node) {
        reportRawHtml(node, node.getLiteral());
    }

    @Override
    public void visit(Link node) {
        checkTarget(node, node.getDestination());
        visitChildren(node);
    }

    @Override
    public void visit(Image node) {
        checkTarget(node, node.getDestination());
        visitChildren(node);
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
        for (String removal : cleaner.get().removals(html)) {
            diagnostics.warning(locator.of(node), "HB-MD-RAW-HTML-REMOVED", removal + " is removed from the page",
                    "keep to Markdown and the tags allowed by 'markdown: allowedHtml' in handbook.yml;"
                            + " scripts, styles, frames, forms and event handlers are never kept");
        }
    }

    private void checkTarget(Node node, String destination) {
        if (ReferenceLinks.scheme(destination).isPresent() || IndexMarks.isMark(destination)) {
            return;
        }
        scheme(destination).filter(scheme -> !SAFE_SCHEMES.contains(scheme)).ifPresent(scheme ->
                diagnostics.error(locator.of(node), "HB-MD-UNSAFE-LINK",
                        "link target with scheme '" + scheme + ":' is not allowed",
                        "link to an http(s) or mailto address, or to a relative path"));
    }

    static boolean hasScheme(String destination) {
        return scheme(destination).isPresent();
    }

    private static Optional<String> scheme(String destination) {
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
        String compact = CONTROL_AND_SPACE.matcher(destination).replaceAll("");
        Matcher matcher = SCHEME.matcher(compact);
        return matcher.find() ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
