package org.handbook.epub;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * The e-book's navigation document: the contents as the print edition's go, two levels deep (each
 * page and its sections, a part's chapters, each profile under the countries), and the landmarks
 * that take a reading system to the contents, the start of the text and the index.
 */
final class NavDocument {

    static final String FILE = "nav.xhtml";

    private NavDocument() {
    }

    /**
     * @param contentsTitle what the book calls its contents, in its language
     * @param titlePage     the document the e-book opens with, its title page
     * @param bookTitle     the book's title
     */
    static String of(String contentsTitle, String language, String titlePage, String bookTitle, List<EpubPage> pages) {
        Element toc = new Element("nav").attr("epub:type", "toc").attr("id", "toc").attr("role", "doc-toc");
        toc.appendElement("h1").text(contentsTitle);
        toc.appendChild(list(pages, language));
        Element landmarks = new Element("nav").attr("epub:type", "landmarks").attr("hidden", "hidden");
        landmarks.appendElement("h2").text(contentsTitle);
        Element marks = landmarks.appendElement("ol");
        landmark(marks, "titlepage", titlePage, bookTitle);
        landmark(marks, "toc", FILE + "#toc", contentsTitle);
        if (!pages.isEmpty()) {
            landmark(marks, "bodymatter", pages.get(0).file(), pages.get(0).label().text());
        }
        pages.stream().filter(page -> page.type().equals("index")).findFirst()
                .ifPresent(index -> landmark(marks, "index", index.file(), index.label().text()));
        return XhtmlDocuments.of(contentsTitle, language, language, List.of(toc, landmarks));
    }

    private static void landmark(Element list, String type, String href, String text) {
        list.appendElement("li").appendElement("a").attr("epub:type", type).attr("href", href).text(text);
    }

    /**
     * The pages as a list; a page whose text is not in the language around it (a chapter not yet
     * translated) is titled in its own, and marked so.
     */
    private static Element list(List<EpubPage> pages, String language) {
        Element list = new Element(Tag.valueOf("ol"), "");
        appendItems(list, pages, language);
        return list;
    }

    private static void appendItems(Element list, List<EpubPage> pages, String language) {
        for (EpubPage page : pages) {
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", page.file()).text(page.label().text());
            if (!page.lang().equals(language)) {
                item.attr("lang", page.lang()).attr("xml:lang", page.lang());
            }
            if (!page.sections().isEmpty() || !page.children().isEmpty()) {
                Element below = item.appendElement("ol");
                for (EpubPage.Section section : page.sections()) {
                    below.appendElement("li").appendElement("a").attr("href", page.file() + "#" + section.anchor())
                            .text(section.label());
                }
                appendItems(below, page.children(), page.lang());
            }
        }
    }
}
