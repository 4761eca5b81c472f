package org.handbook.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.handbook.xliff.XliffJobs.linked;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.link.LinkedHandbook;
import org.handbook.model.LanguageTag;
import org.handbook.model.Progress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Translation jobs of the {@code references} fixture as a translator's tool receives them: valid
 * XLIFF 2.1, a unit per block with the handbook's syntax as codes, the translation there is now as
 * the target, the glossary's terms, and only what changed since a chapter was translated.
 */
class XliffExportTest {

    @Test
    void aChapterWholeIsValidXliffWithAUnitPerBlockAndItsSyntaxAsCodes(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace);
        XliffExport.Job made = XliffExport.export(linked(handbook), new LanguageTag("th"), XliffExport.Selection.NAMED,
                List.of(Path.of("chapters/en/01-requests.md")));
        byte[] job = made.xliff();
        assertValid(job);
        Document xliff = Jsoup.parse(new String(job, java.nio.charset.StandardCharsets.UTF_8), "", Parser.xmlParser());
        assertThat(made.units()).as("what the command says the job holds").isEqualTo(xliff.select("unit").size());
        Element file = xliff.selectFirst("file");
        assertThat(file.attr("original")).isEqualTo("chapters/en/01-requests.md");
        assertThat(xliff.select("group").eachAttr("name")).containsExactly("_front", "before-a-request", "what-a-request-contains");
        // The title; two headings, two paragraphs, a caption, six table cells, a paragraph, and the last one.
        // An index mark's term follows its unit as a unit of its own.
        assertThat(sources(xliff)).containsExactly("Requests", "Before a request",
                "A request for mutual legal assistance starts with a call to the  of the other State.",
                "Ask early about dual criminality; the rules are set out in .", "dual criminality; in assistance",
                "What a request contains", "What a request contains", "Item", "Why", "Facts",
                "The other State must see the offence", "Assistance sought", "Each measure is listed",
                "A short request is read sooner;  lists what it needs. ", "seizure; see: freezing", "See ,  and .");
        Element cross = xliff.select("unit").get(3);
        assertThat(cross.select("data").eachText()).containsExactly("[", "](index: \"dual criminality; in assistance\")",
                "[](xref:extradition#dual-criminality)");
        assertThat(cross.selectFirst("source pc").text()).isEqualTo("dual criminality");
        Element term = xliff.select("unit").get(4);
        assertThat(cross.selectFirst("source pc").attr("subFlowsEnd")).isEqualTo(term.id());
        assertThat(term.attr("name")).isEqualTo("index term");
        assertThat(term.select("note").eachText()).contains("1 Requests › 1.1 Before a request › ¶ 1.2 › index term");
        assertThat(xliff.select("unit").get(14).id()).as("a mark with no words names its term's unit too")
                .isEqualTo(xliff.select("unit").get(13).selectFirst("source ph[subFlows]").attr("subFlows"));
        assertThat(xliff.select("unit").get(6).select("data").stream().map(Element::wholeText))
                .as("a caption's keyword is no word to translate")
                .containsExactly("Table: ");
        assertThat(xliff.select("unit").get(2).select("note[category=location]").text())
                .isEqualTo("1 Requests › 1.1 Before a request › ¶ 1.1");
        assertThat(xliff.select("unit").get(1).select("note[category=location]").text()).as("a heading is no paragraph")
                .isEqualTo("1 Requests › 1.1 Before a request");
        assertThat(xliff.select("unit").get(0).attr("name")).isEqualTo("title");
    }

    @Test
    void theTranslationThereIsNowIsTheTargetAndTheGlossaryComesWithItsTranslations(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace);
        Document xliff = job(handbook, XliffExport.Selection.NAMED, "chapters/en/01-requests.md");
        assertThat(xliff.select("unit").get(0).selectFirst("target").text()).as("the title").isEqualTo("คำร้องขอ");
        Element heading = xliff.select("unit").get(1);
        assertThat(heading.selectFirst("segment").attr("state")).isEqualTo("translated");
        assertThat(heading.selectFirst("target").text()).isEqualTo("ก่อนส่งคำร้องขอ");
        Element first = xliff.select("unit").get(2);
        assertThat(first.select("gls|glossEntry")).isNotEmpty();
        assertThat(first.select("gls|term").eachText()).contains("Central authority");
        assertThat(first.select("gls|translation").eachText()).isNotEmpty();
    }

    @Test
    void aJobOfWhatIsNeededHoldsTheChangedSectionAndTheMissingChaptersOnly(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace);
        TestHandbooks.replace(handbook.resolve("chapters/en/01-requests.md"), "A short request is read sooner;",
                "A short request is read sooner and answered sooner;");
        Document xliff = job(handbook, XliffExport.Selection.NEEDED);
        List<String> files = xliff.select("file").eachAttr("original");
        assertThat(files).contains("chapters/en/01-requests.md", "chapters/en/02-extradition.md", "chapters/en/10-forms.md");
        Element requests = xliff.select("file").stream().filter(file -> file.attr("original").endsWith("01-requests.md"))
                .findFirst().orElseThrow();
        assertThat(requests.select("group").eachAttr("name")).containsExactly("what-a-request-contains");
        assertThat(requests.select("segment").eachAttr("state")).as("the old translation, to be brought up to date")
                .contains("initial");
        assertValid(XliffExport.export(linked(handbook), new LanguageTag("th"), XliffExport.Selection.CHANGED, List.of()).xliff());
        assertThat(job(handbook, XliffExport.Selection.CHANGED).select("file").eachAttr("original"))
                .containsExactly("chapters/en/01-requests.md");
        assertThat(job(handbook, XliffExport.Selection.MISSING).select("file").eachAttr("original"))
                .doesNotContain("chapters/en/01-requests.md").contains("chapters/en/02-extradition.md");
    }

    @Test
    void okapisReaderOpensTheJobAsATranslatorsToolWould(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace);
        byte[] job = XliffExport.export(linked(handbook), new LanguageTag("th"), XliffExport.Selection.NEEDED, List.of()).xliff();
        List<Unit> units = new ArrayList<>();
        // Its own checks of ids, codes and data; the schemas are checked above, where the test's XML parser takes them.
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MINIMAL)) {
            reader.open(new ByteArrayInputStream(job));
            while (reader.hasNext()) {
                Event event = reader.next();
                if (event.isUnit()) {
                    units.add(event.getUnit());
                }
            }
        }
        assertThat(units).isNotEmpty();
        assertThat(units).anySatisfy(unit -> assertThat(unit.getPart(0).getSource().getCodedText()).isNotEmpty());
    }

    @Test
    void aLanguageOrChapterTheHandbookDoesNotHaveIsRefused(@TempDir Path workspace) throws Exception {
        LinkedHandbook handbook = linked(TestHandbooks.copy("references", workspace));
        assertThatThrownBy(() -> XliffExport.export(handbook, new LanguageTag("fr"), XliffExport.Selection.NEEDED, List.of()))
                .hasMessage("the handbook has no language fr; its translations: th");
        assertThatThrownBy(() -> XliffExport.export(handbook, new LanguageTag("en"), XliffExport.Selection.NEEDED, List.of()))
                .hasMessageStartingWith("en is the language chapters are translated from");
        assertThatThrownBy(() -> XliffExport.export(handbook, new LanguageTag("th"), XliffExport.Selection.NAMED,
                List.of(Path.of("chapters/th/01-requests.md"))))
                .hasMessageStartingWith("chapters/th/01-requests.md is not a chapter of en or a country profile in the current edition");
    }

    @Test
    void theDefaultHandbookGivesAThaiJobOfAnEditedSectionAndALaoJobOfItsMissingChapters(@TempDir Path workspace)
            throws Exception {
        Path handbook = TestHandbooks.copyRepositoryHandbook(workspace);
        TestHandbooks.replace(handbook.resolve("chapters/en/06-extradition.md"),
                "is the most demanding form of cooperation in this handbook.",
                "is the most demanding form of cooperation this handbook describes.");
        LinkedHandbook linked = linked(handbook);
        byte[] thai = XliffExport.export(linked, new LanguageTag("th"), XliffExport.Selection.CHANGED, List.of()).xliff();
        assertValid(thai);
        Document job = Jsoup.parse(new String(thai, java.nio.charset.StandardCharsets.UTF_8), "", Parser.xmlParser());
        assertThat(job.select("file").eachAttr("original")).containsExactly("chapters/en/06-extradition.md");
        assertThat(job.select("group").eachAttr("name")).containsExactly("what-this-chapter-covers");
        assertThat(job.select("unit source").eachText()).anyMatch(text -> text.contains("this handbook describes"));
        byte[] needed = XliffExport.export(linked, new LanguageTag("th"), XliffExport.Selection.NEEDED, List.of()).xliff();
        assertValid(needed);
        assertThat(Jsoup.parse(new String(needed, java.nio.charset.StandardCharsets.UTF_8), "", Parser.xmlParser())
                .select("file").eachAttr("original")).as("the section, and the profiles' texts not yet in Thai")
                .startsWith("chapters/en/06-extradition.md", "countries/BN.yml").contains("countries/VN.yml");
        XliffExport.Job lao = XliffExport.export(linked, new LanguageTag("lo"), XliffExport.Selection.NEEDED, List.of());
        assertValid(lao.xliff());
        assertThat(lao.chapters()).as("every chapter but the two translated into Lao").isEqualTo(18);
    }

    private static Document job(Path handbook, XliffExport.Selection selection, String... named) throws Exception {
        byte[] job = XliffExport.export(linked(handbook), new LanguageTag("th"), selection,
                java.util.Arrays.stream(named).map(Path::of).toList()).xliff();
        return Jsoup.parse(new String(job, java.nio.charset.StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    private static List<String> sources(Document xliff) {
        return xliff.select("unit source").stream().map(Element::wholeText).toList();
    }

    /** Valid against the OASIS XLIFF 2 core schema and its glossary module, as Okapi's library ships them. */
    static void assertValid(byte[] job) throws Exception {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar:file,file");
        var schema = factory.newSchema(new StreamSource[] {
                new StreamSource(XLIFFReader.class.getResource("/net/sf/okapi/lib/xliff2/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd").toString()),
                new StreamSource(XLIFFReader.class.getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd").toString()),
                new StreamSource(XLIFFReader.class.getResource("/net/sf/okapi/lib/xliff2/modules/glossary.xsd").toString())});
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(job)));
    }
}
