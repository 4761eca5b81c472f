package org.handbook.epub;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The e-book's package document ({@code content.opf}): what the book is (its identifier, title,
 * language, author, publisher, date, and the printed edition it corresponds to), every file in the
 * package with its media type, and the order the documents are read in.
 */
final class PackageDocument {

    static final String FILE = "content.opf";
    private static final String OPF = "http://www.idpf.org/2007/opf";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    /**
     * What the package says of the book.
     *
     * @param identifier a URN that stays the same from one build to the next ({@code urn:uuid:…})
     * @param date       the edition's date ({@code 2026-03-01}), or empty
     * @param modified   when the book last changed, as {@code dcterms:modified} writes it ({@code 2026-03-01T00:00:00Z})
     * @param printIsbn  the ISBN of the printed edition of the same text, or empty
     * @param accessibility what the book offers readers of assistive technology, as the EPUB
     *                      Accessibility specification's {@code schema:} properties state it, in order
     */
    record Metadata(String identifier, String title, String language, String author, String publisher, String date,
                    String modified, String printIsbn, List<Map.Entry<String, String>> accessibility) {
    }

    /** A file of the package: its name, media type and {@code properties} ("nav" for the navigation document), if any. */
    record Item(String href, String mediaType, String properties) {
    }

    private PackageDocument() {
    }

    /** @param spine the documents in reading order, each among {@code items} */
    static String of(Metadata metadata, List<Item> items, List<String> spine) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("package");
            xml.writeDefaultNamespace(OPF);
            xml.writeAttribute("version", "3.0");
            xml.writeAttribute("unique-identifier", "book-id");
            xml.writeAttribute("xml:lang", metadata.language());
            xml.writeCharacters("\n");
            xml.writeStartElement("metadata");
            xml.writeNamespace("dc", DC);
            xml.writeCharacters("\n");
            dc(xml, "identifier", metadata.identifier(), "book-id");
            dc(xml, "title", metadata.title(), "");
            dc(xml, "language", metadata.language(), "");
            dc(xml, "creator", metadata.author(), "");
            dc(xml, "publisher", metadata.publisher(), "");
            dc(xml, "date", metadata.date(), "");
            dc(xml, "source", metadata.printIsbn().isEmpty() ? "" : "urn:isbn:" + metadata.printIsbn(), "");
            meta(xml, "dcterms:modified", metadata.modified());
            for (Map.Entry<String, String> property : metadata.accessibility()) {
                meta(xml, property.getKey(), property.getValue());
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            Map<String, String> ids = new HashMap<>();
            xml.writeStartElement("manifest");
            xml.writeCharacters("\n");
            for (Item item : items) {
                String id = "item-" + (ids.size() + 1);
                ids.put(item.href(), id);
                xml.writeEmptyElement("item");
                xml.writeAttribute("id", id);
                xml.writeAttribute("href", item.href());
                xml.writeAttribute("media-type", item.mediaType());
                if (!item.properties().isEmpty()) {
                    xml.writeAttribute("properties", item.properties());
                }
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeStartElement("spine");
            xml.writeCharacters("\n");
            for (String href : spine) {
                xml.writeEmptyElement("itemref");
                xml.writeAttribute("idref", ids.get(href));
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the package document", e);
        }
        return text.toString();
    }

    private static void meta(XMLStreamWriter xml, String property, String value) throws XMLStreamException {
        xml.writeStartElement("meta");
        xml.writeAttribute("property", property);
        xml.writeCharacters(value);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /** A Dublin Core element, left out when it has no value. */
    private static void dc(XMLStreamWriter xml, String name, String value, String id) throws XMLStreamException {
        if (value.isEmpty()) {
            return;
        }
        xml.writeStartElement("dc", name, DC);
        if (!id.isEmpty()) {
            xml.writeAttribute("id", id);
        }
        xml.writeCharacters(value);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }
}
