package org.handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a reader's phone downloads to show a page before fonts: the page and the stylesheets and
 * scripts it links ({@code <link rel=stylesheet>}, {@code <script src>}), each file counted once.
 */
record PageWeight(Path page, long html, Set<Path> assets, long total) {

    /** The weight of {@code page}, a file of the built site. */
    static PageWeight of(Path page) {
        try {
            Document document = Jsoup.parse(page.toFile());
            Set<Path> assets = new LinkedHashSet<>();
            for (Element link : document.select("link[rel~=(?i)^stylesheet$][href], script[src]")) {
                String address = link.hasAttr("src") ? link.attr("src") : link.attr("href");
                assets.add(page.resolveSibling(address.replaceFirst("[?#].*", "")).normalize());
            }
            long total = Files.size(page);
            for (Path asset : assets) {
                total += Files.size(asset);
            }
            return new PageWeight(page, Files.size(page), assets, total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The heaviest chapter page of {@code site}, with what it links. */
    static Optional<PageWeight> heaviestChapter(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            List<Path> pages = files.filter(file -> file.getFileName().toString().equals("index.html")).toList();
            return pages.stream().filter(PageWeight::isChapter).map(PageWeight::of)
                    .max(Comparator.comparingLong(PageWeight::total));
        }
    }

    private static boolean isChapter(Path page) {
        try {
            return Jsoup.parse(page.toFile()).selectFirst("article.chapter") != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return page + ": " + html + " bytes of HTML, " + (total - html) + " of " + assets + ", " + total + " in all";
    }
}
