package org.handbook.epub;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The e-book's documents as XHTML, which EPUB requires of them: well-formed XML, the XHTML and
 * EPUB namespaces declared, the language on the root both as HTML and as XML state it, and the
 * book's stylesheet.
 */
final class XhtmlDocuments {

    static final String STYLESHEET = "style.css";

    private XhtmlDocuments() {
    }

    /**
     * A document titled {@code title} whose body holds {@code content}, in {@code language}.
     *
     * @param language the book's language, which the package and every document state
     * @param textLanguage the language the text is in, when it is not the book's (a chapter not yet translated)
     */
    static String of(String title, String language, String textLanguage, List<Element> content) {
        Document document = Document.createShell("");
        document.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false).charset("UTF-8");
        Element html = document.selectFirst("html");
        html.attr("xmlns", "http://www.w3.org/1999/xhtml").attr("xmlns:epub", "http://www.idpf.org/2007/ops")
                .attr("lang", language).attr("xml:lang", language);
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("title").text(title);
        head.appendElement("link").attr("rel", "stylesheet").attr("type", "text/css").attr("href", STYLESHEET);
        Element body = document.body();
        if (!textLanguage.equals(language)) {
            body.attr("lang", textLanguage).attr("xml:lang", textLanguage);
        }
        content.forEach(body::appendChild);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n" + html.outerHtml() + "\n";
    }
}
