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
import org.handbook.config.RawHtmlPolicy;
import org.handbook.model.Diagnostics;

/** Reports what a page's Markdown should not contain: raw HTML that will be escaped, unsafe link targets, a second title. */
final class ContentChecks extends AbstractVisitor {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern CONTROL_AND_SPACE = Pattern.compile("[\\x00-\\x20\\x7f]");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private final SourceLocator locator;
    private final RawHtmlPolicy rawHtml;
    private final Diagnostics diagnostics;
    private final String rawHtmlHint;

    ContentChecks(SourceLocator locator, RawHtmlPolicy rawHtml, Diagnostics diagnostics) {
        this(locator, rawHtml, diagnostics, "write it in Markdown, or allow harmless tags with"
                + " 'markdown: {rawHtml: clean, allowedHtml: [...]}' in handbook.yml");
    }

    /** @param rawHtmlHint what to do about raw HTML where this text is written */
    ContentChecks(SourceLocator locator, RawHtmlPolicy rawHtml, Diagnostics diagnostics, String rawHtmlHint) {
        this.locator = locator;
        this.rawHtml = rawHtml;
        this.diagnostics = diagnostics;
        this.rawHtmlHint = rawHtmlHint;
    }

    @Override
    public void visit(HtmlBlock node) {
        reportRawHtml(node);
    }

    @Override
    public void visit(HtmlInline node) {
        reportRawHtml(node);
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

    private void reportRawHtml(Node node) {
        if (!rawHtml.clean()) {
            diagnostics.warning(locator.of(node), "HB-MD-RAW-HTML", "raw HTML is shown as text, not as markup",
                    rawHtmlHint);
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
