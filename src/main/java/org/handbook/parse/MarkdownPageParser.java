package org.handbook.parse;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.renderer.html.HtmlRenderer;
import org.handbook.config.RawHtmlPolicy;
import org.handbook.load.MediaFile;
import org.handbook.load.SourcePage;
import org.handbook.model.AnchorId;
import org.handbook.model.Diagnostics;
import org.handbook.model.PageKind;
import org.handbook.model.SourcePosition;
import org.handbook.model.Title;

/**
 * Parses one page's Markdown: CommonMark with GFM tables, strikethrough, autolinks, footnotes and
 * task lists, and GitHub's alerts as callouts.
 */
final class MarkdownPageParser {

    /** How the footnotes extension names a footnote's link back to the text, before its number. */
    private static final String BACK_TO_REFERENCE = "Back to reference ";
    /** The theme string that names it instead. */
    static final String FOOTNOTE_BACK = "footnote.back";

    /** Two and a half times the cells of a 10,000-row table of four columns. */
    static final int MAX_TABLE_CELLS = 100_000;

    private static final List<Extension> EXTENSIONS = List.of(
            // Each cell costs hundreds of bytes of syntax tree: a million would need gigabytes.
            TablesExtension.builder().maxCells(MAX_TABLE_CELLS).build(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            FootnotesExtension.create());

    private final org.commonmark.parser.Parser markdown = org.commonmark.parser.Parser.builder()
            .extensions(EXTENSIONS)
            // Only to read the boxes: HandbookNodeRenderer draws them, named for screen readers.
            .extensions(List.of(TaskListItemsExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .maxOpenBlockParsers(NestingDepth.PARSER_LIMIT)
            .maxInlineNesting(NestingDepth.PARSER_LIMIT)
            .build();
    private final boolean keepTextBlocks;
    private final boolean fingerprinted;
    /** How raw HTML is cleaned when the handbook allows some; empty when it is escaped. */
    private final Optional<RawHtmlCleaner> cleaner;
    private final Diagnostics diagnostics;

    MarkdownPageParser(RawHtmlPolicy rawHtml, Diagnostics diagnostics) {
        this(rawHtml, true, diagnostics);
    }

    /**
     * @param keepTextBlocks whether pages keep their blocks of text, which only comparing editions
     *                       needs: a handbook of one edition saves their memory (a fifth of a
     *                       10,000-page build's)
     */
    MarkdownPageParser(RawHtmlPolicy rawHtml, boolean keepTextBlocks, Diagnostics diagnostics) {
        this(rawHtml, keepTextBlocks, true, diagnostics);
    }

    /**
     * @param fingerprinted whether pages are fingerprinted, which only a page that translations are
     *                      made from needs: a page of the default language, in a handbook of more than
     *                      one (SHA-256 of every section is a twentieth of a build's time)
     */
    MarkdownPageParser(RawHtmlPolicy rawHtml, boolean keepTextBlocks, boolean fingerprinted, Diagnostics diagnostics) {
        this.keepTextBlocks = keepTextBlocks;
        this.fingerprinted = fingerprinted;
        this.cleaner = rawHtml.clean() ? Optional.of(new RawHtmlCleaner(rawHtml.allowedTags(), rawHtml.ids())) : Optional.empty();
        this.diagnostics = diagnostics;
    }

    /** @param media the edition's images, by their path from the root */
    ParsedPage parse(SourcePage page, Map<Path, MediaFile> media) {
        return parse(page, media, Set.of());
    }

    /** @param refusedMedia the image files refused while loading, which a page showing them is not told again */
    ParsedPage parse(SourcePage page, Map<Path, MediaFile> media, Set<Path> refusedMedia) {
        try {
            return parseTree(page, media, refusedMedia);
        } catch (StackOverflowError e) {
            // Parsing and rendering recurse once per nesting level; the parser's limit should keep this from happening.
            return unreadable(page, SourcePosition.of(page.file(), page.bodyFirstLine(), 1), "HB-MD-TOO-DEEP",
                    "this chapter nests quotes, lists or emphasis too deeply to be read",
                    "nest block quotes, lists and emphasis a few levels deep at most");
        } catch (IllegalArgumentException e) {
            if (e.getMessage() == null || !e.getMessage().contains("maximum number of cells")) {
                throw e;
            }
            return unreadable(page, SourcePosition.of(page.file(), page.bodyFirstLine(), 1), "HB-MD-TOO-LARGE",
                    String.format(Locale.ROOT, "this chapter's tables have more than %,d cells", MAX_TABLE_CELLS),
                    "split the tables, or move the data to a file the chapter links to");
        }
    }

    private ParsedPage unreadable(SourcePage page, SourcePosition at, String code, String message, String hint) {
        diagnostics.error(at, code, message, hint);
        return new ParsedPage(page.file(), page.frontMatter(), title(page), new Outline(List.of()), "", List.of(), List.of(),
                List.of(), List.of(), List.of(), fingerprint(page, List.of()), List.of(), List.of(), page.place());
    }

    private ParsedPage parseTree(SourcePage page, Map<Path, MediaFile> media, Set<Path> refusedMedia) {
        Node document = markdown.parse(page.body());
        SourceLocator locator = new SourceLocator(page.file(), page.bodyFirstLine(), page.body());
        Optional<Node> tooDeep = NestingDepth.tooDeep(document);
        if (tooDeep.isPresent()) {
            return unreadable(page, locator.of(tooDeep.get()), "HB-MD-TOO-DEEP",
                    "this chapter nests quotes, lists, links or emphasis more than " + NestingDepth.MAX + " levels deep",
                    "nest block quotes, lists and emphasis a few levels deep at most");
        }
        HtmlComments.remove(document);
        document.accept(new ContentChecks(locator, cleaner, diagnostics));
        FootnoteLabels.makeSafe(document);
        List<CountryTable> tables = CountryTableBlocks.replace(document, locator, diagnostics);
        Map<Node, String> ids = new IdentityHashMap<>();
        HeadingSlugs slugs = new HeadingSlugs();
        List<Heading> headings = OutlineBuilder.build(document, locator, ids, slugs, diagnostics);
        List<CaptionedTable> captioned = TableCaptions.wrap(document, locator, slugs, diagnostics);
        List<CaptionedFigure> figures = FigureCaptions.wrap(document, locator, slugs, diagnostics);
        List<HtmlAnchor> anchors = cleaner.map(allowed -> RawHtmlElements.check(document, allowed, ids, slugs,
                locator, diagnostics)).orElse(List.of());
        List<TextBlock> blocks = keepTextBlocks
                ? TextBlocks.of(document, ids, page.frontMatter().numberedParagraphs(), cleaner) : List.of();
        List<Integer> paragraphs = page.frontMatter().numberedParagraphs() ? ParagraphNumbers.number(document, ids, locator)
                : List.of();
        List<AnchorId> terms = page.frontMatter().kind() == PageKind.GLOSSARY ? GlossaryTerms.mark(document, ids) : List.of();
        List<IndexMark> marks = IndexMarks.replace(document, locator, ids, diagnostics);
        List<AuthorityMark> authorities = AuthorityMarks.replace(document, locator, ids, diagnostics);
        ReferenceLinks links = ReferenceLinks.replace(document, locator, ids);
        List<MediaFile> images = Images.replace(document, locator, page.file(), media, refusedMedia, diagnostics);
        Callouts.replace(document, locator, diagnostics);
        TaskLists.place(document);
        Outline outline = new Outline(headings, paragraphs, captioned, figures, terms, anchors);
        String rendered = renderer(ids).render(document);
        String html = cleaner.map(allowed -> allowed.clean(rendered)).orElse(rendered);
        return new ParsedPage(page.file(), page.frontMatter(), title(page), outline, html, tables, links.references(), marks, authorities,
                links.localLinks(), fingerprint(page, headings), blocks, images, page.place());
    }

    private SourceFingerprint fingerprint(SourcePage page, List<Heading> headings) {
        return fingerprinted ? Fingerprints.of(page, headings) : SourceFingerprint.NONE;
    }

    private Title title(SourcePage page) {
        return new InlineMarkdown(diagnostics).title(page.frontMatter().titleMarkdown(), page.frontMatter().titlePosition());
    }

    /** @param ids the anchors of headings and numbered paragraphs, by node */
    private HtmlRenderer renderer(Map<Node, String> ids) {
        HtmlRenderer.Builder builder = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(cleaner.isEmpty())
                .sanitizeUrls(true).urlSanitizer(LinkDestination.sanitizer())
                .nodeRendererFactory(HandbookNodeRenderer::new);
        cleaner.ifPresent(allowed -> builder.nodeRendererFactory(context -> new RawHtmlRenderer(context.getWriter(), allowed)));
        return builder.attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (ids.containsKey(node)) {
                        attributes.put("id", ids.get(node));
                        if (node instanceof Paragraph) {
                            attributes.put("class", "numbered");
                        }
                    }
                    if (node instanceof ListItem item && TaskLists.box(item).isPresent()) {
                        attributes.put("class", "task");
                    }
                    // URL sanitising marks every link nofollow; links between the book's own pages are not untrusted.
                    if (node instanceof Link link && !ContentChecks.leavesTheSite(link.getDestination())) {
                        attributes.remove("rel");
                    }
                    // No script or style of the site reads the footnotes' data attributes (some 40 bytes on
                    // each footnote link); their ids, classes and names say the same.
                    if (node instanceof FootnoteReference || node instanceof FootnoteDefinition) {
                        attributes.keySet().removeIf(name -> name.startsWith("data-footnote"));
                    }
                    // A footnote's way back to the text is named in the reader's language, which the render stage knows.
                    String name = attributes.get("aria-label");
                    if (node instanceof FootnoteDefinition && name != null && name.startsWith(BACK_TO_REFERENCE)) {
                        attributes.put("aria-label", ThemeLabel.marker(FOOTNOTE_BACK) + " "
                                + name.substring(BACK_TO_REFERENCE.length()));
                    }
                })
                .build();
    }
}
