package org.handbook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The relative links of a built site that lead nowhere: the pages and files they name, and their
 * #anchors; cross-references left unresolved ({@code xref:…}, or {@code #} where a target was
 * missing); and markers the render stage failed to replace.
 */
public final class SiteLinks {

    private SiteLinks() {
    }

    public static List<String> broken(Path site) {
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : TestHandbooks.snapshot(site).entrySet()) {
            if (!file.getKey().endsWith(".html") || file.getKey().equals("404.html")) {
                continue;
            }
            String html = new String(file.getValue(), StandardCharsets.UTF_8);
            if (html.chars().anyMatch(c -> c >= 0xE000 && c <= 0xF8FF)) {
                broken.add(file.getKey() + " (a marker was left in the page)");
            }
            Document page = Jsoup.parse(html);
            Path folder = site.resolve(file.getKey()).getParent();
            for (Element link : page.select("a[href], link[href], img[src]")) {
                String href = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:") || href.startsWith("tel:")) {
                    continue;
                }
                int hash = href.indexOf('#');
                String path = hash < 0 ? href : href.substring(0, hash);
                String anchor = hash < 0 ? "" : href.substring(hash + 1);
                Path target = path.isEmpty() ? site.resolve(file.getKey()) : folder.resolve(path).normalize();
                if (href.equals("#") || href.matches("(?i)(xref|annex|country|glossary|index|authority):.*")) {
                    broken.add(file.getKey() + " -> " + href + " (unresolved reference)");
                } else if (!Files.isRegularFile(target)) {
                    broken.add(file.getKey() + " -> " + href);
                } else if (!anchor.isEmpty() && !hasAnchor(target, anchor)) {
                    broken.add(file.getKey() + " -> " + href + " (no such anchor)");
                }
            }
        }
        return broken;
    }

    private static boolean hasAnchor(Path page, String anchor) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8").getElementById(anchor) != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
