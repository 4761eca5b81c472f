package org.handbook.xliff;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.handbook.Handbook;
import org.handbook.link.LinkedHandbook;
import org.handbook.model.LanguageTag;
import org.handbook.model.Progress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** What the tests of translation jobs do to a job as a translator's tool would: make it, read it, fill it, hand it back. */
final class XliffJobs {

    private XliffJobs() {
    }

    /** The job for {@code language} of the handbook at {@code handbook}, as a document to read and edit. */
    static Document export(Path handbook, String language, XliffExport.Selection selection, String... named) throws Exception {
        return parse(XliffExport.export(linked(handbook), new LanguageTag(language), selection,
                Arrays.stream(named).map(Path::of).toList()).xliff());
    }

    /** Every unit translated as its source says, as a translator's tool copies a source before it is worked on. */
    static void translateAll(Document job) {
        for (Element segment : job.select("segment")) {
            segment.select("target").remove();
            Element source = segment.selectFirst("source");
            segment.appendChild(source.clone().tagName("target"));
        }
    }

    /** Every unit without a translation given its source as one, the others kept as the job has them. */
    static void translateTheRest(Document job) {
        for (Element segment : job.select("segment")) {
            if (segment.selectFirst("target") == null) {
                segment.appendChild(segment.selectFirst("source").clone().tagName("target"));
            }
        }
    }

    /** The first unit {@code selector} finds whose source reads as {@code source} wants. */
    static Element unit(Document job, String selector, java.util.function.Predicate<String> source) {
        return job.select(selector).stream().filter(unit -> source.test(unit.selectFirst("source").text())).findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + selector + " with such a source"));
    }

    static Document parse(byte[] xliff) {
        Document document = Jsoup.parse(new String(xliff, StandardCharsets.UTF_8), "", Parser.xmlParser());
        document.outputSettings().prettyPrint(false);
        return document;
    }

    static byte[] bytes(Document job) {
        return job.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    static LinkedHandbook linked(Path handbook) {
        return Handbook.link(handbook, Progress.NONE).handbook().orElseThrow();
    }
}
