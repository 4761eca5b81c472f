package org.handbook.render;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code sitemap.xml}: every page of the site at its absolute address, with the same page in each
 * language as {@code xhtml:link rel="alternate" hreflang} (and {@code x-default} for the default
 * language), as search engines read them. No dates: the same sources give the same bytes.
 */
final class SitemapWriter {

    static final String FILE_NAME = "sitemap.xml";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private SitemapWriter() {
    }

    /** @param baseUrl the site's address, ending in '/' */
    static byte[] write(Manifest manifest, String baseUrl) {
        Map<String, Map<String, String>> samePage = new LinkedHashMap<>();
        for (Manifest.PageEntry page : manifest.pages()) {
            samePage.computeIfAbsent(key(page), key -> new LinkedHashMap<>()).put(page.lang(), absolute(baseUrl, page));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP);
            xml.writeNamespace("xhtml", XHTML);
            for (Manifest.PageEntry page : manifest.pages()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                element(xml, "loc", absolute(baseUrl, page));
                Map<String, String> languages = samePage.get(key(page));
                if (languages.size() > 1) {
                    for (Map.Entry<String, String> language : languages.entrySet()) {
                        alternate(xml, language.getKey(), language.getValue());
                    }
                    String fallback = languages.get(manifest.defaultLanguage());
                    if (fallback != null) {
                        alternate(xml, "x-default", fallback);
                    }
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void alternate(XMLStreamWriter xml, String hreflang, String href) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("xhtml", "link", XHTML);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", hreflang);
        xml.writeAttribute("href", href);
    }

    /** The same page in every language: one edition, one kind, one id. */
    private static String key(Manifest.PageEntry page) {
        return page.edition() + "\n" + page.kind() + "\n" + page.id();
    }

    private static String absolute(String baseUrl, Manifest.PageEntry page) {
        return baseUrl + page.url().substring(1);
    }
}
