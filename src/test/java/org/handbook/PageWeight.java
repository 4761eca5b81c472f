package org.handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a reader's phone downloads to show a page of the site before fonts and images: the page and
 * the stylesheets and scripts it links ({@code <link rel=stylesheet>}, {@code <script src>}), each
 * file once, uncompressed; and how much of the page is its own text, the words in its {@code <main>}.
 *
 * <p>The budget: 100 KB for every page, of which the page's own text counts up to 24 KB. Text
 * beyond that is what the author wrote, not what the site adds: a long chapter, the list of what
 * changed between editions, or a chapter in Thai, written at three bytes a character. So the markup,
 * navigation, stylesheet and scripts of any page stay within 76 KB, and a page with little text
 * within 100 KB in all.
 */
record PageWeight(String page, long html, long assets, long text) {

    static final long BUDGET = 100 * 1024;
    static final long TEXT_COUNTED = 24 * 1024;

    /** The page at {@code page}, a file of the site built in {@code site}. */
    static PageWeight of(Path site, Path page) {
        try {
            Document document = Jsoup.parse(page.toFile(), "UTF-8");
            Set<Path> linked = new LinkedHashSet<>();
            for (Element link : document.select("link[rel~=(?i)^stylesheet$][href], script[src]")) {
                String address = link.hasAttr("src") ? link.attr("src") : link.attr("href");
                if (address.contains("//")) {
                    throw new IllegalStateException(site.relativize(page) + " links " + address + ", which is not weighed");
                }
                linked.add(page.resolveSibling(address.replaceFirst("[?#].*", "")).normalize());
            }
            long assets = 0;
            for (Path asset : linked) {
                assets += Files.size(asset);
            }
            Element main = document.selectFirst("main");
            long text = main == null ? 0 : main.text().getBytes(StandardCharsets.UTF_8).length;
            return new PageWeight(site.relativize(page).toString().replace('\\', '/'), Files.size(page), assets, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML page of {@code site}, heaviest against the budget first. */
    static List<PageWeight> everyPage(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".html"))
                    .map(page -> of(site, page))
                    .sorted(Comparator.comparingLong(PageWeight::counted).reversed().thenComparing(PageWeight::page))
                    .toList();
        }
    }

    long total() {
        return html + assets;
    }

    /** The weight the budget holds the page to: all of it but its own text beyond the first 24 KB. */
    long counted() {
        return total() - Math.max(0, text - TEXT_COUNTED);
    }

    boolean overBudget() {
        return counted() > BUDGET;
    }

    /** The pages, up to ten of them, one a line, as {@link #toString} words each. */
    static String report(List<PageWeight> pages) {
        return pages.stream().limit(10).map(PageWeight::toString).collect(Collectors.joining("\n  ", "\n  ",
                pages.size() > 10 ? "\n  and " + (pages.size() - 10) + " more" : ""));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %,d counted of %,d bytes (%,d of HTML, %,d of stylesheet and scripts;"
                + " %,d of its own text)", page, counted(), total(), html, assets, text);
    }
}
