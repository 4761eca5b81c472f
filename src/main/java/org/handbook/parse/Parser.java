package org.handbook.parse;

import java.util.List;
import org.handbook.load.SourceBook;
import org.handbook.load.Sources;
import org.handbook.model.Diagnostics;

/** Parses every page of every book; pages are independent, so they are parsed in parallel. */
public final class Parser {

    private Parser() {
    }

    public static ParsedHandbook parse(Sources sources, Diagnostics diagnostics) {
        MarkdownPageParser pageParser = new MarkdownPageParser(sources.config().rawHtml(), diagnostics);
        List<ParsedBook> books = sources.books().stream()
                .map(book -> new ParsedBook(book.language(), book.edition(), parse(book, pageParser)))
                .toList();
        return new ParsedHandbook(sources.config(), books);
    }

    private static List<ParsedPage> parse(SourceBook book, MarkdownPageParser pageParser) {
        return book.pages().parallelStream().map(pageParser::parse).toList();
    }
}
