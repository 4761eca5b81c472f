package org.handbook.xliff;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a translation job as XLIFF 2.1: a {@code <file>} per chapter, a {@code <group>} per section
 * (named by its anchor, which is how the handbook knows which sections a translation matches), a
 * {@code <unit>} per block. The syntax in a block goes into the unit's original data, and the
 * translator's tool shows it as codes it will not let anyone edit. Written with the JDK's StAX
 * writer, which escapes what XML must; the same job gives the same bytes.
 */
final class XliffWriter {

    static final String CORE = "urn:oasis:names:tc:xliff:document:2.0";
    static final String GLOSSARY = "urn:oasis:names:tc:xliff:glossary:2.0";
    /** The name of a unit that holds an index mark's term, a sub-flow of the unit whose mark it is. */
    static final String INDEX_TERM = "index term";

    /** A chapter of the job: its file, its translation's file, and its units by section anchor. */
    record Chapter(String source, String target, Map<String, List<JobUnit>> sections) {
    }

    private final XMLStreamWriter xml;
    private int files;

    private XliffWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static byte[] write(String sourceLanguage, String targetLanguage, List<Chapter> chapters) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            XliffWriter writer = new XliffWriter(xml);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(CORE);
            xml.writeNamespace("gls", GLOSSARY);
            xml.writeAttribute("version", "2.1");
            xml.writeAttribute("srcLang", sourceLanguage);
            xml.writeAttribute("trgLang", targetLanguage);
            for (Chapter chapter : chapters) {
                writer.file(chapter);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XLIFF into memory cannot fail", e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private void file(Chapter chapter) throws XMLStreamException {
        xml.writeCharacters("\n ");
        xml.writeStartElement("file");
        xml.writeAttribute("id", "f" + ++files);
        xml.writeAttribute("original", chapter.source());
        xml.writeCharacters("\n  ");
        xml.writeStartElement("notes");
        note("target", "translate into " + chapter.target());
        xml.writeEndElement();
        int units = 0;
        for (Map.Entry<String, List<JobUnit>> section : chapter.sections().entrySet()) {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("group");
            xml.writeAttribute("id", "s" + files + "-" + (units + 1));
            xml.writeAttribute("name", section.getKey());
            for (JobUnit unit : section.getValue()) {
                unit(unit, "u" + ++units);
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n ");
        xml.writeEndElement();
    }

    private void unit(JobUnit unit, String id) throws XMLStreamException {
        xml.writeCharacters("\n   ");
        xml.writeStartElement("unit");
        xml.writeAttribute("id", id);
        xml.writeAttribute("name", unit.name());
        if (!unit.terms().isEmpty()) {
            xml.writeStartElement("gls", "glossary", GLOSSARY);
            for (JobUnit.GlossaryTerm term : unit.terms()) {
                xml.writeStartElement("gls", "glossEntry", GLOSSARY);
                xml.writeStartElement("gls", "term", GLOSSARY);
                xml.writeCharacters(term.term());
                xml.writeEndElement();
                if (term.translation().isPresent()) {
                    xml.writeStartElement("gls", "translation", GLOSSARY);
                    xml.writeCharacters(term.translation().get());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeStartElement("notes");
        note("location", unit.place());
        xml.writeEndElement();
        Map<String, String> data = new LinkedHashMap<>();
        List<String> sourceCodes = unit.source().codes();
        // An index mark's term is words to translate: a unit of its own, which the mark's code names as its sub-flow.
        Map<Integer, String> terms = new LinkedHashMap<>();
        for (int i = 0; i < sourceCodes.size(); i++) {
            data.put("d" + (i + 1), sourceCodes.get(i));
            if (MarkTitles.indexTerm(sourceCodes.get(i)).isPresent()) {
                terms.put(i + 1, id + "-" + (i + 1));
            }
        }
        // A translation's own words in another mark (an authority's name in its language) are its own data.
        Set<Integer> own = new HashSet<>();
        List<String> targetCodes = unit.target().map(BlockUnit::codes).orElse(List.of());
        for (int i = 0; i < targetCodes.size(); i++) {
            if (!targetCodes.get(i).equals(sourceCodes.get(i)) && !terms.containsKey(i + 1)) {
                data.put("t" + (i + 1), targetCodes.get(i));
                own.add(i + 1);
            }
        }
        if (!data.isEmpty()) {
            xml.writeStartElement("originalData");
            for (Map.Entry<String, String> original : data.entrySet()) {
                xml.writeStartElement("data");
                xml.writeAttribute("id", original.getKey());
                xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
                xml.writeCharacters(original.getValue());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeStartElement("segment");
        if (unit.target().isPresent()) {
            xml.writeAttribute("state", unit.current() ? "translated" : "initial");
        }
        xml.writeStartElement("source");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
        content(unit.source(), Set.of(), terms);
        xml.writeEndElement();
        if (unit.target().isPresent()) {
            xml.writeStartElement("target");
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
            content(unit.target().get(), own, terms);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        for (Map.Entry<Integer, String> term : terms.entrySet()) {
            int code = term.getKey() - 1;
            indexTerm(term.getValue(), unit, MarkTitles.indexTerm(sourceCodes.get(code)).orElseThrow(),
                    code < targetCodes.size() ? MarkTitles.indexTerm(targetCodes.get(code)) : Optional.empty());
        }
    }

    /** An index mark's term as a unit: the words the subject index lists the place under. */
    private void indexTerm(String id, JobUnit unit, String source, Optional<String> target) throws XMLStreamException {
        xml.writeCharacters("\n   ");
        xml.writeStartElement("unit");
        xml.writeAttribute("id", id);
        xml.writeAttribute("name", INDEX_TERM);
        xml.writeStartElement("notes");
        note("location", unit.place() + " › index term");
        note("syntax", "the term the subject index lists this place under; ';' parts an entry from its sub-entry,"
                + " and 'see:' or 'see also:' stay as they are");
        xml.writeEndElement();
        xml.writeStartElement("segment");
        if (target.isPresent()) {
            xml.writeAttribute("state", unit.current() ? "translated" : "initial");
        }
        xml.writeStartElement("source");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
        xml.writeCharacters(source);
        xml.writeEndElement();
        if (target.isPresent()) {
            xml.writeStartElement("target");
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
            xml.writeCharacters(target.get());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void note(String category, String text) throws XMLStreamException {
        xml.writeStartElement("note");
        xml.writeAttribute("category", category);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /**
     * The block's words and codes. A block's target lines up with its source code for code (the
     * export checks it), so the same numbering gives the same ids in both; a target's code whose
     * datum differs from its source's ({@code own}) points at its own ({@code t3} beside {@code d3}).
     */
    private void content(BlockUnit block, Set<Integer> own, Map<Integer, String> terms) throws XMLStreamException {
        int data = 0;
        for (InlinePiece piece : block.pieces()) {
            if (piece instanceof InlinePiece.Text words) {
                xml.writeCharacters(words.text());
            } else if (piece instanceof InlinePiece.Standalone) {
                xml.writeEmptyElement("ph");
                xml.writeAttribute("id", String.valueOf(++data));
                xml.writeAttribute("dataRef", (own.contains(data) ? "t" : "d") + data);
                if (terms.containsKey(data)) {
                    xml.writeAttribute("subFlows", terms.get(data));
                }
            } else if (piece instanceof InlinePiece.Opening opening) {
                xml.writeStartElement("pc");
                xml.writeAttribute("id", String.valueOf(++data));
                xml.writeAttribute("dataRefStart", (own.contains(data) ? "t" : "d") + data);
                // The closing marker is the next datum after every code the pair holds; the end tag names it.
                int closing = closingData(block, opening.pair());
                xml.writeAttribute("dataRefEnd", (own.contains(closing) ? "t" : "d") + closing);
                if (terms.containsKey(closing)) {
                    xml.writeAttribute("subFlowsEnd", terms.get(closing));
                }
            } else {
                ++data;
                xml.writeEndElement();
            }
        }
    }

    /** The data number of the closing marker of {@code pair}: its place among the block's syntax. */
    private static int closingData(BlockUnit block, int pair) {
        int data = 0;
        for (InlinePiece piece : block.pieces()) {
            if (!(piece instanceof InlinePiece.Text)) {
                data++;
                if (piece instanceof InlinePiece.Closing closing && closing.pair() == pair) {
                    return data;
                }
            }
        }
        throw new IllegalStateException("a pair of markers is always closed");
    }
}
