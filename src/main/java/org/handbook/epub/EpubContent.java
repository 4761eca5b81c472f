package org.handbook.epub;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.handbook.load.MediaFile;
import org.handbook.model.SitePath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Makes the site's HTML of a page into the body of an e-book's document: a link to a page the
 * e-book holds leads to its document ({@code extradition.xhtml#p4}); a link to a page it does not
 * hold (the search, the list of countries) keeps its text and loses its address, as does any
 * address that is neither the web's nor mail; the handbook's images are taken into the package,
 * and any other image becomes its text alternative. The site's controls (the list of a page's
 * sections, the frame that lets a wide table scroll sideways, which a page of an e-book does not)
 * are left out, and footnotes are marked so that reading systems show them where
 * they are referred to.
 */
final class EpubContent {

    private static final Pattern SCHEME = Pattern.compile("(?i)[a-z][a-z0-9+.-]*:.*");
    private static final Pattern KEPT_SCHEME = Pattern.compile("(?i)(https?|mailto):.*");

    private final Map<SitePath, String> files;
    private final Map<SitePath, MediaFile> images;
    /** The images the documents show, by their name in the package, sorted so the package lists them in one order. */
    private final Map<String, MediaFile> used = new TreeMap<>();
    private boolean everyImageDescribed = true;

    /**
     * @param files  the document each page of the site that the e-book holds became, by the page's address
     * @param images the handbook's images, by where the site publishes them
     */
    EpubContent(Map<SitePath, String> files, Map<SitePath, MediaFile> images) {
        this.files = Map.copyOf(files);
        this.images = Map.copyOf(images);
    }

    /** The fragment's HTML, made to fit a document of the e-book. */
    Element rewrite(EpubPage.Fragment fragment) {
        Document document = Jsoup.parseBodyFragment(fragment.html());
        Element body = document.body();
        body.select("nav.page-toc").remove();
        for (Element frame : body.select("div.table-scroll")) {
            frame.classNames().stream().filter(name -> !name.equals("table-scroll")).forEach(frame.children()::addClass);
            frame.unwrap();
        }
        for (Element element : body.getAllElements()) {
            for (Attribute attribute : element.attributes().asList()) {
                if (attribute.getKey().startsWith("data-pagefind")) {
                    element.removeAttr(attribute.getKey());
                }
            }
        }
        for (Element link : body.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("#") || KEPT_SCHEME.matcher(href).matches()) {
                continue;
            }
            Optional<String> target = SCHEME.matcher(href).matches() ? Optional.empty() : target(fragment.self(), href);
            if (target.isPresent()) {
                link.attr("href", target.get());
            } else {
                link.unwrap();
            }
        }
        body.select("sup.footnote-ref > a").attr("epub:type", "noteref");
        body.select("section.footnotes li[id]").attr("epub:type", "footnote");
        for (Element image : body.select("img")) {
            Optional<SitePath> source = fragment.self().resolve(image.attr("src"));
            Optional<MediaFile> file = source.map(images::get);
            if (file.isPresent()) {
                String name = packageName(source.get());
                used.put(name, file.get());
                everyImageDescribed &= !image.attr("alt").isBlank();
                image.attr("src", name);
            } else {
                image.replaceWith(new TextNode(image.attr("alt")));
            }
        }
        return body;
    }

    /** Whether every image the rewritten documents show has a text alternative. */
    boolean everyImageDescribed() {
        return everyImageDescribed;
    }

    /** The images the rewritten documents show, by their names in the package. */
    Map<String, MediaFile> images() {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(used));
    }

    /** {@code media/3f2a….png}: the site's name, already unique by content. */
    private static String packageName(SitePath image) {
        String value = image.value();
        return "media/" + value.substring(value.lastIndexOf('/') + 1);
    }

    /** The document (and anchor) a relative link leads to, when the e-book holds its page. */
    private Optional<String> target(SitePath self, String href) {
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash);
        if (path.isEmpty()) {
            return Optional.of(fragment);
        }
        return self.resolve(path).map(files::get).map(file -> file + fragment);
    }
}
