package org.handbook.links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.handbook.load.CountryFile;
import org.handbook.load.CountrySet;
import org.handbook.load.SourceBook;
import org.handbook.load.SourcePage;
import org.handbook.load.Sources;
import org.handbook.model.SourcePosition;
import org.handbook.parse.NestingDepth;
import tools.jackson.databind.JsonNode;

/** Every web address the handbook cites, in every language and edition, with the place it is written. */
public final class CitedAddresses {

    private static final Parser MARKDOWN = Parser.builder()
            .extensions(List.of(TablesExtension.create(), AutolinkExtension.create(), FootnotesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            // As deep as the build reads a chapter, and no deeper: a chapter nested without end cannot exhaust the stack.
            .maxOpenBlockParsers(NestingDepth.PARSER_LIMIT)
            .maxInlineNesting(NestingDepth.PARSER_LIMIT)
            .build();

    private CitedAddresses() {
    }

    /** The addresses in reading order of their files, each place once. */
    public static List<CitedAddress> of(Sources sources) {
        Set<CitedAddress> cited = new LinkedHashSet<>();
        for (SourceBook book : sources.books()) {
            for (SourcePage page : book.pages()) {
                cited.addAll(inChapter(page));
            }
        }
        for (CountrySet set : sources.countries()) {
            for (CountryFile country : set.countries()) {
                cited.addAll(inProfile(country));
            }
        }
        return cited.stream().sorted(Comparator.comparing(CitedAddress::position)).toList();
    }

    static List<CitedAddress> inChapter(SourcePage page) {
        List<CitedAddress> found = new ArrayList<>();
        MARKDOWN.parse(page.body()).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (isWebAddress(link.getDestination()) && !link.getSourceSpans().isEmpty()) {
                    SourceSpan span = link.getSourceSpans().get(0);
                    found.add(new CitedAddress(link.getDestination(), SourcePosition.of(page.file(),
                            page.bodyFirstLine() + span.getLineIndex(), span.getColumnIndex() + 1)));
                }
                visitChildren(link);
            }
        });
        return found;
    }

    /** A source's id is lower-case letters, digits and hyphens (the schema's sourceId), so it is its own JSON pointer step. */
    static List<CitedAddress> inProfile(CountryFile country) {
        List<CitedAddress> found = new ArrayList<>();
        JsonNode sources = country.data().path("sources");
        for (String id : sources.propertyNames()) {
            JsonNode url = sources.get(id).path("url");
            if (url.isString() && isWebAddress(url.asString())) {
                found.add(new CitedAddress(url.asString(), country.positionOf("/sources/" + id + "/url")));
            }
        }
        return found;
    }

    static boolean isWebAddress(String destination) {
        return destination.startsWith("https://") || destination.startsWith("http://");
    }
}
