package org.handbook.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Whether an SVG file is a drawing and nothing more, read with the JDK's XML parser: no script,
 * event handler, embedded HTML ({@code foreignObject}), entity declaration, or reference to anything
 * outside the file itself (another file, a web address, a stylesheet to import). Browsers run no
 * script of an SVG shown as an image, but a reader who opens the image alone would, and the PDF
 * engine draws it with a library that follows references. Its size is read as it goes.
 */
final class SvgCheck extends DefaultHandler2 {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final Set<String> REFUSED_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object");
    /** Inside the file, or an image carried in it. */
    private static final Pattern INTERNAL_REFERENCE = Pattern.compile("\\s*(#.*|data:image/(png|jpeg|gif);base64,.*)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTERNAL_IN_CSS = Pattern.compile("@import|url\\(\\s*['\"]?\\s*(?!#)", Pattern.CASE_INSENSITIVE);

    /** Stops reading at the first thing refused, where it is written. */
    private static final class Refused extends SAXException {
        private final int line;
        private final int column;

        Refused(String reason, Locator at) {
            super(reason);
            this.line = at == null ? 0 : at.getLineNumber();
            this.column = at == null ? 0 : Math.max(at.getColumnNumber(), 0);
        }
    }

    private Locator locator;
    private boolean root = true;
    private boolean inStyle;
    private ImageSize size;

    private SvgCheck() {
    }

    /** The drawing's size, or why the file cannot be used. */
    static ImageCheck.Outcome check(byte[] bytes) {
        if (bytes.length == 0) {
            return ImageCheck.Outcome.refused("the file is empty");
        }
        SvgCheck check = new SvgCheck();
        try {
            SAXParser parser = parser();
            parser.setProperty("http://xml.org/sax/properties/declaration-handler", check);
            parser.setProperty("http://xml.org/sax/properties/lexical-handler", check);
            parser.parse(new InputSource(new ByteArrayInputStream(bytes)), check);
            return ImageCheck.Outcome.readable(check.size);
        } catch (Refused e) {
            return ImageCheck.Outcome.refused(e.getMessage(), e.line, e.column);
        } catch (SAXParseException e) {
            return ImageCheck.Outcome.refused("it is not well-formed XML: " + e.getMessage(), e.getLineNumber(),
                    Math.max(e.getColumnNumber(), 0));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return ImageCheck.Outcome.refused("it cannot be read as XML (" + e.getMessage() + ")");
        }
    }

    private static SAXParser parser() throws ParserConfigurationException, SAXException {
        // The JDK's own parser, whatever else is on the class path (a Maven build running the plugin
        // may carry another): its refusals, and the line and column they give, are what we test.
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newSAXParser();
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qualifiedName, Attributes attributes) throws SAXException {
        String name = localName.toLowerCase(Locale.ROOT);
        if (root) {
            root = false;
            if (!name.equals("svg") || !SVG_NAMESPACE.equals(uri)) {
                throw refused("it is not an SVG drawing (its first element is <" + qualifiedName + ">"
                        + (name.equals("svg") ? " without the SVG namespace" : "") + ")");
            }
            size = SvgSize.of(attributes.getValue("width"), attributes.getValue("height"), attributes.getValue("viewBox"));
        }
        if (REFUSED_ELEMENTS.contains(name)) {
            throw refused("it holds <" + qualifiedName + ">, which could run code or show another document");
        }
        inStyle = name.equals("style");
        for (int i = 0; i < attributes.getLength(); i++) {
            checkAttribute(name, attributes.getLocalName(i).toLowerCase(Locale.ROOT), attributes.getQName(i), attributes.getValue(i));
        }
    }

    private void checkAttribute(String element, String name, String qualifiedName, String value) throws Refused {
        if (name.startsWith("on")) {
            throw refused("it has an event handler, " + qualifiedName + ", which would run code");
        }
        if (name.equals("href") && !INTERNAL_REFERENCE.matcher(value).matches()) {
            throw refused("it refers to something outside the file: " + shortened(value));
        }
        if (name.equals("style") && EXTERNAL_IN_CSS.matcher(value).find()) {
            throw refused("a style in it loads something from outside the file");
        }
        if ((element.equals("set") || element.startsWith("animate")) && name.equals("attributename")
                && (value.toLowerCase(Locale.ROOT).endsWith("href") || value.toLowerCase(Locale.ROOT).startsWith("on"))) {
            throw refused("an animation in it changes " + value + ", which could make it run code or load something");
        }
    }

    @Override
    public void endElement(String uri, String localName, String qualifiedName) {
        inStyle = false;
    }

    @Override
    public void characters(char[] text, int start, int length) throws SAXException {
        if (inStyle && EXTERNAL_IN_CSS.matcher(new String(text, start, length)).find()) {
            throw refused("its stylesheet loads something from outside the file");
        }
    }

    @Override
    public void internalEntityDecl(String name, String value) throws SAXException {
        throw refused("it declares entities, which can hide content or make it grow beyond any size");
    }

    @Override
    public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
        throw refused("it declares entities, which can hide content or load files");
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (target.equalsIgnoreCase("xml-stylesheet")) {
            throw refused("it names a stylesheet outside the file");
        }
    }

    private Refused refused(String reason) {
        return new Refused(reason, locator);
    }

    private static String shortened(String value) {
        String line = value.strip().replaceAll("\\s+", " ");
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
