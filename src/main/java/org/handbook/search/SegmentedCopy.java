package org.handbook.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * A copy of a book's indexed pages for Pagefind only, their words of unspaced scripts split by
 * spaces; the published pages stay as written. Each copy keeps its page's path (so results link to
 * the real page), its heading ids (so results name sections) and its real title.
 */
final class SegmentedCopy {

    static final String BODY = "[data-pagefind-body]";

    private SegmentedCopy() {
    }

    /** Writes the copies of {@code pages}, under {@code book}, into {@code copy}; returns the words met. */
    static SortedSet<String> write(Path book, List<Path> pages, Path copy, WordSegmenter segmenter) throws IOException {
        SortedSet<String> words = new TreeSet<>();
        for (Path page : pages) {
            Document document = Jsoup.parse(page.toFile(), StandardCharsets.UTF_8.name());
            Element body = document.selectFirst(BODY);
            if (body == null) {
                continue;
            }
            Element heading = body.selectFirst("h1");
            if (heading != null) {
                document.body().prependElement("p").attr("hidden", "").attr("data-pagefind-meta", "title")
                        .text(heading.text());
            }
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof TextNode text && !text.isBlank()) {
                    words.addAll(segmenter.words(text.getWholeText()));
                    text.text(segmenter.spaced(text.getWholeText()));
                }
            }, body);
            Path target = copy.resolve(book.relativize(page));
            Files.createDirectories(target.getParent());
            Files.writeString(target, document.outerHtml(), StandardCharsets.UTF_8);
        }
        return words;
    }
}
