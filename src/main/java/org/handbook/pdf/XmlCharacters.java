package org.handbook.pdf;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;

/**
 * Text as XML 1.0 can hold it. A PDF's metadata is XML (XMP), and the engine writes into it what
 * the print document's title and meta elements say; one control character there (a NUL, say)
 * makes the metadata unreadable and the PDF not PDF/A, without a word. The configuration's
 * readers refuse such characters at their source: this is the last line, for whatever reaches
 * print by another road.
 */
final class XmlCharacters {

    private XmlCharacters() {
    }

    /** Removes what XML cannot hold from every text, attribute, style and comment of {@code document}. */
    static void keepOnlyXml(Document document) {
        document.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                text.text(only(text.getWholeText()));
            } else if (node instanceof DataNode data) {
                data.setWholeData(only(data.getWholeData()));
            } else if (node instanceof Comment comment) {
                comment.setData(only(comment.getData()));
            }
            for (Attribute attribute : node.attributes()) {
                attribute.setValue(only(attribute.getValue()));
            }
        });
    }

    /** {@code text} without the characters XML 1.0 does not allow (controls but tab and line ends, U+FFFE, U+FFFF, lone surrogates). */
    static String only(String text) {
        if (text.codePoints().allMatch(XmlCharacters::allowed)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XmlCharacters::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }
}
