package org.handbook.parse;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.handbook.config.RawHtmlPolicy;
import org.handbook.load.SourceBook;
import org.handbook.load.SourcePage;
import org.handbook.load.Sources;
import org.handbook.model.Diagnostics;
import org.handbook.model.LanguageTag;
import org.handbook.model.Progress;
import org.handbook.parse.country.CountryParser;
import org.handbook.parse.country.ParsedCountries;

/** Parses every page of every book; pages are independent, so they are parsed in parallel. */
public final class Parser {

    private Parser() {
    }

    /**
     * Parses for a comparison or a report (diff, review, translations): every page keeps its text
     * blocks, which a redline compares, whatever the number of editions.
     */
    public static ParsedHandbook parse(Sources sources, Diagnostics diagnostics, Progress progress) {
        return parse(sources, diagnostics, progress, new ParseMemo(), true);
    }

    /**
     * Parses for a build, taking from {@code memo} the pages the previous build parsed from the
     * same inputs; the text blocks are kept only where editions are compared.
     */
    public static ParsedHandbook parse(Sources sources, Diagnostics diagnostics, Progress progress, ParseMemo memo) {
        return parse(sources, diagnostics, progress, memo, sources.config().editions().size() > 1);
    }

    private static ParsedHandbook parse(Sources sources, Diagnostics diagnostics, Progress progress, ParseMemo memo,
                                        boolean keepTextBlocks) {
        memo.startBuild();
        RawHtmlPolicy rawHtml = sources.config().rawHtml();
        progress.started("parse", sources.books().stream().mapToLong(book -> book.pages().size()).sum(), "pages");
        AtomicLong done = new AtomicLong();
        boolean translated = sources.config().languages().size() > 1;
        LanguageTag sourceLanguage = sources.config().defaultLanguage().tag();
        List<ParsedBook> books = sources.books().stream()
                .map(book -> new ParsedBook(book.language(), book.edition(), book.pages().parallelStream().map(page -> {
                    boolean fingerprinted = translated && book.language().tag().equals(sourceLanguage);
                    ParsedPage parsed = parse(page, book, rawHtml, keepTextBlocks, fingerprinted, memo, diagnostics);
                    progress.advanced(done.incrementAndGet());
                    return parsed;
                }).toList(), book.unreadable()))
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

    private static ParsedPage parse(SourcePage page, SourceBook book, RawHtmlPolicy rawHtml, boolean keepTextBlocks,
                                    boolean fingerprinted, ParseMemo memo, Diagnostics diagnostics) {
        ParseMemo.Key key = ParseMemo.Key.of(page, book, rawHtml, keepTextBlocks, fingerprinted);
        ParseMemo.Parsed parsed = memo.find(key);
        if (parsed == null) {
            Diagnostics found = new Diagnostics();
            parsed = new ParseMemo.Parsed(new MarkdownPageParser(rawHtml, keepTextBlocks, fingerprinted, found).parse(page, book.media(), book.refusedMedia()),
                    found.sorted());
            memo.keep(key, parsed);
        }
        parsed.diagnostics().forEach(diagnostics::add);
        return parsed.page();
    }
}
