package org.handbook.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.handbook.model.LanguageTag;
import org.handbook.text.CodePoints;

/**
 * Everything {@code handbook.yml} says, checked.
 *
 * @param root            the handbook root folder, absolute
 * @param titles          the handbook's title per language; the default language always has one
 * @param languages       the published languages, default first
 * @param editions        the editions, exactly one of them current
 * @param editUrlTemplate where "edit this page" leads, with {@code {path}} for the source file
 * @param baseUrl         the address the site is published at, ending in '/'; absolute links (the
 *                        sitemap, language alternates) need it
 * @param outputDir       where {@code build} writes unless told otherwise, relative to the root
 * @param rawHtml         what happens to raw HTML in Markdown
 * @param staleAfterYears how many years before the edition's date a country fact is flagged as old
 * @param numberingDepth  how deep numbers go: 0 none, 1 chapters and annexes, 2 their sections (1.1),
 *                        3 subsections (1.1.1), up to 6
 * @param pdf             which print PDFs to write
 * @param epub            which e-books to write
 * @param descriptions    a sentence or two introducing the handbook, per language (the home page, search engines)
 * @param theme           the accent colour and logo
 * @param redirects       the pages that moved, in the order handbook.yml lists them, each old id once
 */
public record HandbookConfig(
        Path root,
        Map<LanguageTag, String> titles,
        List<Language> languages,
        List<Edition> editions,
        Optional<String> editUrlTemplate,
        Optional<String> baseUrl,
        Path outputDir,
        RawHtmlPolicy rawHtml,
        int staleAfterYears,
        int numberingDepth,
        PdfSettings pdf,
        EpubSettings epub,
        List<IgnoredWarning> ignoredWarnings,
        Map<LanguageTag, String> descriptions,
        ThemeSettings theme,
        List<Redirect> redirects) {

    public static final String FILE_NAME = "handbook.yml";
    public static final int DEFAULT_STALE_AFTER_YEARS = 10;
    public static final int DEFAULT_NUMBERING_DEPTH = 3;

    public HandbookConfig {
        titles = Map.copyOf(titles);
        languages = List.copyOf(languages);
        editions = List.copyOf(editions);
        ignoredWarnings = List.copyOf(ignoredWarnings);
        descriptions = Map.copyOf(descriptions);
        redirects = List.copyOf(redirects);
    }

    /**
     * {@code baseUrl} as an address to send readers to: none while it names a host reserved for
     * examples and documentation (example.com, .net and .org, and names under .example, .test,
     * .invalid and .localhost: RFC 2606 and RFC 6761), which no reader can visit, or a preview's
     * localhost. A citation in
     * print or on the site then gives no address rather than one that leads nowhere.
     */
    public Optional<String> citableBaseUrl() {
        return baseUrl.filter(HandbookConfig::isCitable);
    }

    /** Whether a site address names a host readers can visit, not one reserved for examples. */
    static boolean isCitable(String siteAddress) {
        String host = siteAddress.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "").replaceFirst("[/:?#].*$", "")
                .toLowerCase(java.util.Locale.ROOT);
        return Stream.of("example.com", "example.net", "example.org", "example", "test", "invalid", "localhost")
                .noneMatch(reserved -> host.equals(reserved) || host.endsWith("." + reserved));
    }

    public Language defaultLanguage() {
        return languages.get(0);
    }

    public Edition currentEdition() {
        return editions.stream().filter(Edition::isCurrent).findFirst().orElseThrow();
    }

    /**
     * Whether {@code url} can be a site's address: http(s), a host, a path, no query or fragment, and
     * nothing a sitemap or a page's links could not hold as it is (a space of any kind, a control
     * character, quotes or angle brackets).
     */
    public static boolean isSiteAddress(String url) {
        return url.matches("https?://[^/?#]+(/[^?#]*)?") && unseenCharacter(url).isEmpty()
                && url.chars().noneMatch(c -> "\"<>\\^`{|}".indexOf(c) >= 0);
    }

    /** The first character of {@code text} that a reader cannot see (a space, a control or format character), named. */
    public static Optional<String> unseenCharacter(String text) {
        return CodePoints.firstRefused(text, c -> c > 0x20 && (c < 0x7f || c > 0xa0) && !Character.isWhitespace(c)
                && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT);
    }

    /** The same configuration, published at {@code url} (a build's {@code --base-url}). */
    public HandbookConfig withBaseUrl(String url) {
        return new HandbookConfig(root, titles, languages, editions, editUrlTemplate,
                Optional.of(url.endsWith("/") ? url : url + "/"), outputDir, rawHtml,
                staleAfterYears, numberingDepth, pdf, epub, ignoredWarnings, descriptions, theme, redirects);
    }

    /** The title in {@code language}, or in the default language when it has none of its own. */
    public String title(LanguageTag language) {
        return titles.getOrDefault(language, titles.get(defaultLanguage().tag()));
    }

    /** The description in {@code language}, else in the default language, else none. */
    public Optional<Map.Entry<LanguageTag, String>> description(LanguageTag language) {
        return Optional.ofNullable(descriptions.get(language)).map(text -> Map.entry(language, text))
                .or(() -> Optional.ofNullable(descriptions.get(defaultLanguage().tag()))
                        .map(text -> Map.entry(defaultLanguage().tag(), text)));
    }
}
