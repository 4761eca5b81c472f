package org.handbook.parse;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.handbook.load.SourceBook;
import org.handbook.load.Sources;
import org.handbook.model.Diagnostics;
import org.handbook.model.Progress;
import org.handbook.parse.country.CountryParser;
import org.handbook.parse.country.ParsedCountries;

/** Parses every page of every book; pages are independent, so they are parsed in parallel. */
public final class Parser {

    private Parser() {
    }

    public static ParsedHandbook parse(Sources sources, Diagnostics diagnostics, Progress progress) {
        MarkdownPageParser pageParser = new MarkdownPageParser(sources.config().rawHtml(),
                sources.config().editions().size() > 1, diagnostics);
        progress.started("parse", sources.books().stream().mapToLong(book -> book.pages().size()).sum());
        AtomicLong done = new AtomicLong();
        List<ParsedBook> books = sources.books().stream()
                .map(book -> new ParsedBook(book.language(), book.edition(), parse(book, pageParser, progress, done)))
                .toList();
        progress.finished();
        CountryParser countryParser = new CountryParser(sources.config().defaultLanguage().tag().value(),
                new InlineMarkdown(diagnostics));
        List<ParsedCountries> countries = sources.countries().stream()
                .map(set -> new ParsedCountries(set.edition(), set.countries().stream().map(countryParser::parse).toList(),
                        set.rejectedCodes()))
                .toList();
        return new ParsedHandbook(sources.config(), books, countries);
    }

    private static List<ParsedPage> parse(SourceBook book, MarkdownPageParser pageParser, Progress progress,
                                          AtomicLong done) {
        return book.pages().parallelStream().map(page -> {
            ParsedPage parsed = pageParser.parse(page, book.media());
            progress.advanced(done.incrementAndGet());
            return parsed;
        }).toList();
    }
}
