package org.handbook.xliff;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a translation job back as the handbook wrote it: its files, their sections ({@code <group>}
 * named by anchor) and units, each with its original data, its source and its target as words and
 * codes. Elements of other namespaces (the glossary module, a tool's own) are passed over. Read with
 * the JDK's StAX reader, with DTDs and external entities refused.
 */
final class JobReader {

    /**
     * A piece of a source or target: words, a standalone code, or the start or end of a paired one;
     * {@code subFlow}, the unit that holds the words inside the code (an index mark's term).
     */
    record Token(Kind kind, String text, String id, String dataRef, String dataRefEnd, String subFlow) {
        enum Kind { TEXT, PH, PC_START, PC_END }

        static Token text(String text) {
            return new Token(Kind.TEXT, text, "", "", "", "");
        }
    }

    /** A unit, and the units its codes name as their sub-flows, by id. */
    record Unit(String id, String name, Map<String, String> data, List<Token> source, Optional<List<Token>> target, String state,
                Map<String, Unit> subFlows) {

        Unit withSubFlows(Map<String, Unit> units) {
            return new Unit(id, name, data, source, target, state, Map.copyOf(units));
        }
    }

    record Section(String anchor, List<Unit> units) {
    }

    record File(String original, List<Section> sections) {
    }

    record Job(String sourceLanguage, String targetLanguage, List<File> files) {
    }

    /** Thrown for a file that is not a job: not XML, or not the XLIFF the handbook writes. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    private final XMLStreamReader xml;

    private JobReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    static Job read(byte[] bytes) throws Malformed {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                return new JobReader(xml).job();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber() + ": ";
            throw new Malformed(where + "this is not well-formed XML (" + firstLine(e.getMessage()) + ")");
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.lastIndexOf("Message: ");
        return end >= 0 ? text.substring(end + "Message: ".length()).strip() : text.lines().findFirst().orElse("");
    }

    private Job job() throws XMLStreamException, Malformed {
        xml.nextTag();
        if (!xml.getLocalName().equals("xliff") || !XliffWriter.CORE.equals(xml.getNamespaceURI())) {
            throw new Malformed("line " + xml.getLocation().getLineNumber() + ": this is not an XLIFF 2 file");
        }
        String source = attribute("srcLang");
        String target = attribute("trgLang");
        return new Job(source, target, children("file", this::file));
    }

    private File file() throws XMLStreamException {
        String original = attribute("original");
        return new File(original, children("group", () -> {
            String anchor = attribute("name");
            return new Section(anchor, withSubFlows(children("unit", this::unit)));
        }));
    }

    /** The units that are no other unit's sub-flow, each with the sub-flows its source's codes name. */
    private static List<Unit> withSubFlows(List<Unit> units) {
        Map<String, Unit> byId = new LinkedHashMap<>();
        units.forEach(unit -> byId.put(unit.id(), unit));
        Set<String> named = new HashSet<>();
        List<Unit> result = new ArrayList<>();
        for (Unit unit : units) {
            Map<String, Unit> subFlows = new LinkedHashMap<>();
            unit.source().stream().filter(token -> !token.subFlow().isEmpty() && byId.containsKey(token.subFlow()))
                    .forEach(token -> subFlows.put(token.subFlow(), byId.get(token.subFlow())));
            named.addAll(subFlows.keySet());
            result.add(unit.withSubFlows(subFlows));
        }
        result.removeIf(unit -> named.contains(unit.id()));
        return result;
    }

    private Unit unit() throws XMLStreamException {
        String id = attribute("id");
        String name = attribute("name");
        Map<String, String> data = new LinkedHashMap<>();
        List<Token> source = List.of();
        Optional<List<Token>> target = Optional.empty();
        String state = "";
        while (nextChild()) {
            if (isCore("originalData")) {
                for (Map.Entry<String, String> datum : children("data", () -> Map.entry(attribute("id"), xml.getElementText()))) {
                    data.put(datum.getKey(), datum.getValue());
                }
            } else if (isCore("segment")) {
                state = attribute("state");
                while (nextChild()) {
                    if (isCore("source")) {
                        source = content();
                    } else if (isCore("target")) {
                        target = Optional.of(content());
                    } else {
                        skip();
                    }
                }
            } else {
                skip();
            }
        }
        return new Unit(id, name, data, source, target, state, Map.of());
    }

    /** The words and codes of a source or target, up to its end tag. */
    private List<Token> content() throws XMLStreamException {
        List<Token> tokens = new ArrayList<>();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                tokens.add(Token.text(xml.getText()));
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (isCore("ph")) {
                    tokens.add(new Token(Token.Kind.PH, "", attribute("id"), attribute("dataRef"), "", attribute("subFlows")));
                } else if (isCore("pc")) {
                    tokens.add(new Token(Token.Kind.PC_START, "", attribute("id"), attribute("dataRefStart"),
                            attribute("dataRefEnd"), attribute("subFlowsEnd")));
                } else {
                    // Any other inline element (a tool's marker, <mrk>): its words are kept, the element is not.
                    tokens.add(Token.text(""));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth > 0 && isCore("pc")) {
                    tokens.add(new Token(Token.Kind.PC_END, "", "", "", "", ""));
                }
            }
        }
        return tokens;
    }

    /** Reads one element, from its start tag to its end tag. */
    private interface ElementReader<T> {
        T read() throws XMLStreamException;
    }

    /** The current element's children of the core namespace named {@code name}, each read; any other child is passed over. */
    private <T> List<T> children(String name, ElementReader<T> reader) throws XMLStreamException {
        List<T> found = new ArrayList<>();
        while (nextChild()) {
            if (isCore(name)) {
                found.add(reader.read());
            } else {
                skip();
            }
        }
        return found;
    }

    /** Moves to the next child element of the current one; false at its end. */
    private boolean nextChild() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /** Passes over the current element and everything in it. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private boolean isCore(String name) {
        return name.equals(xml.getLocalName()) && XliffWriter.CORE.equals(xml.getNamespaceURI());
    }

    private String attribute(String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }
}
