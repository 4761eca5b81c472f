package org.handbook.pdf;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handbook.load.MediaFile;
import org.handbook.model.SitePath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Makes a page's HTML fit into one print document: every id gets its page's id in front
 * ({@code extradition--dual-criminality}), so that ids stay unique, and every link to a page of
 * the book becomes a link inside the document, marked {@code xref}. Each of those that is a
 * cross-reference is marked too with how print gives the page it leads to ({@link PageReferences});
 * a link to a term of the glossary is not, as a term is looked up rather than turned to. Links to
 * the site's other pages keep their text and lose their address; footnotes' links back to the text
 * are left out. The handbook's images are put into the document
 * itself, as the engine reads no files; any other image is replaced by its text alternative.
 * Emphasis in a script without italics is marked to be set upright ({@link UprightEmphasis}), and
 * a short paragraph introducing a list to stay with it ({@link ListLeadIns}). A task's box is drawn, ticked or not.
 */
final class PrintContent {

    private final Map<SitePath, String> pageIds;
    private final Set<String> terms;
    private final Map<SitePath, MediaFile> images;

    /**
     * @param pageIds the id of each page of the book, by its address
     * @param terms   the document anchors of the glossary's terms ({@code glossary--assurance})
     * @param images  the book's images, by where they are published
     */
    PrintContent(Map<SitePath, String> pageIds, Set<String> terms, Map<SitePath, MediaFile> images) {
        this.pageIds = Map.copyOf(pageIds);
        this.terms = Set.copyOf(terms);
        this.images = Map.copyOf(images);
    }

    static String anchor(String pageId, String id) {
        return pageId + "--" + id;
    }

    /** A chapter's title as HTML, its emphasis marked as the chapter's text is ({@link UprightEmphasis}). */
    static String title(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        UprightEmphasis.mark(document.body());
        return document.body().html();
    }

    String rewrite(String html, String pageId, SitePath self) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        // "Back to the text" arrows of footnotes lead nowhere on paper. Raw HTML never writes a link, so no
        // author's element is taken for one.
        document.body().select("a.footnote-backref").remove();
        // A page's "on this page" list is for the screen: print has the book's contents, with page numbers.
        document.body().select("nav.page-toc").remove();
        TouchingPunctuation.keepDatesTogether(document.body());
        UprightEmphasis.mark(document.body());
        ListLeadIns.mark(document.body());
        TableDates.letBreak(document.body());
        // The engine draws a box for a task but never its tick: print draws both itself (print-text.peb).
        for (Element box : document.body().select("input.task-box")) {
            box.replaceWith(new Element("span").addClass("task-box").addClass(box.hasAttr("checked") ? "task-done" : "task-open"));
        }
        for (Element element : document.body().select("[id]")) {
            element.attr("id", anchor(pageId, element.attr("id")));
        }
        List<Element> crossReferences = new ArrayList<>();
        for (Element link : document.body().select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("#")) {
                link.attr("href", "#" + anchor(pageId, href.substring(1)));
            } else if (!href.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
                Optional<String> target = target(self, href);
                if (target.isPresent()) {
                    link.attr("href", "#" + target.get());
                    link.addClass("xref");
                    if (!terms.contains(target.get())) {
                        crossReferences.add(link);
                    }
                } else {
                    link.unwrap();
                }
            }
        }
        for (Element image : document.body().select("img")) {
            Optional<MediaFile> file = self.resolve(image.attr("src")).map(images::get);
            if (file.isPresent()) {
                if (image.hasAttr("style")) {
                    // Sized by its width alone: the engine would keep the stated height and leave gaps.
                    image.removeAttr("width").removeAttr("height");
                }
                image.attr("src", "data:" + file.get().mediaType() + ";base64,"
                        + Base64.getEncoder().encodeToString(file.get().bytes()));
            } else {
                // Not one of the handbook's images (another site's, say, which parse reports):
                // the engine is never given its address, and the reader gets its description.
                image.replaceWith(new TextNode(image.attr("alt")));
            }
        }
        // Last, once the text around each link is what print shows.
        crossReferences.forEach(PageReferences::mark);
        TrailingMarks.keepWithWords(document.body());
        return document.body().html();
    }

    /** The document anchor a relative link leads to, when it leads to a page of this book. */
    private Optional<String> target(SitePath self, String href) {
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash + 1);
        return self.resolve(path).map(pageIds::get)
                .map(pageId -> fragment.isEmpty() ? pageId : anchor(pageId, fragment));
    }
}
