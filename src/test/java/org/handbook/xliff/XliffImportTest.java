package org.handbook.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.handbook.xliff.XliffJobs.bytes;
import static org.handbook.xliff.XliffJobs.linked;
import static org.handbook.xliff.XliffJobs.parse;
import static org.handbook.xliff.XliffJobs.translateAll;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.link.LinkedHandbook;
import org.handbook.link.TranslationState;
import org.handbook.model.LanguageTag;
import org.handbook.model.PageId;
import org.handbook.model.Progress;
import org.handbook.translations.TranslationMarker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jobs brought back into the {@code references} fixture: a round trip changes nothing, a chapter
 * not translated yet is created with its source's anchors and marked, and a job with a stale
 * source, damaged codes or no XLIFF in it is refused with its unit and reason, nothing written.
 */
class XliffImportTest {

    private static final List<String> CHAPTERS = List.of("01-requests.md", "02-extradition.md", "10-forms.md", "11-glossary.md");

    @Test
    void exportingEveryChapterAndImportingItUnchangedGivesTheSameFiles(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace);
        // Translations that say what their sources say, each marked as current.
        for (String chapter : CHAPTERS) {
            Files.copy(handbook.resolve("chapters/en/" + chapter), handbook.resolve("chapters/th/" + chapter),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        TranslationMarker marker = TranslationMarker.of(linked(handbook));
        for (String chapter : CHAPTERS) {
            marker.mark(Path.of("chapters/th/" + chapter));
        }
        Map<String, byte[]> before = TestHandbooks.snapshot(handbook);
        byte[] job = XliffExport.export(linked(handbook), new LanguageTag("th"), XliffExport.Selection.NAMED,
                CHAPTERS.stream().map(chapter -> Path.of("chapters/en/" + chapter)).toList()).xliff();
        XliffExportTest.assertValid(job);
        assertThat(Jsoup.parse(new String(job, StandardCharsets.UTF_8), "", Parser.xmlParser()).select("unit"))
                .as("every unit has its translation").allSatisfy(unit -> assertThat(unit.select("target")).hasSize(1));

        List<XliffImport.Written> written = XliffImport.apply(linked(handbook), job);

        assertThat(written).extracting(XliffImport.Written::file)
                .containsExactlyElementsOf(CHAPTERS.stream().map(chapter -> "chapters/th/" + chapter).toList());
        assertThat(TestHandbooks.snapshot(handbook)).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void aThaiChapterOfTheDefaultHandbookComesBackAsItWas(@TempDir Path workspace) throws Exception {
        // Its sections line up with the source's, its marks quote Thai words, its captions keep their anchors
        // and its country tables are captioned in Thai: all of it stays.
        Path handbook = TestHandbooks.copyRepositoryHandbook(workspace);
        Path thai = handbook.resolve("chapters/th/06-extradition.md");
        byte[] before = Files.readAllBytes(thai);
        byte[] job = XliffExport.export(linked(handbook), new LanguageTag("th"), XliffExport.Selection.NAMED,
                List.of(Path.of("chapters/en/06-extradition.md"))).xliff();
        assertThat(new String(job, StandardCharsets.UTF_8)).contains("<data id=\"t");
        XliffImport.apply(linked(handbook), job);
        assertThat(Files.readAllBytes(thai)).isEqualTo(before);
    }

    @Test
    void theThaiInterfaceStringsComeBackAsTheyWere(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copyRepositoryHandbook(workspace);
        Path strings = handbook.resolve("theme/i18n/th.yml");
        byte[] before = Files.readAllBytes(strings);
        Document job = parse(XliffExport.export(linked(handbook), new LanguageTag("th"), XliffExport.Selection.NAMED,
                List.of(Path.of("theme/i18n/en.yml"))).xliff());
        assertThat(job.select("file").eachAttr("original")).containsExactly("theme/i18n/en.yml");
        Element pageRef = job.selectFirst("unit[name=print.pageRef]");
        assertThat(pageRef.selectFirst("source").wholeText()).isEqualTo("p. ");
        assertThat(pageRef.select("source ph")).hasSize(1);
        assertThat(pageRef.selectFirst("target").wholeText()).isEqualTo("หน้า ");
        XliffImport.apply(linked(handbook), bytes(job));
        assertThat(Files.readAllBytes(strings)).isEqualTo(before);
    }

    @Test
    void aNewLanguageGetsItsChaptersAndItsInterfaceStringsFromOneJob(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace);
        TestHandbooks.replace(handbook.resolve("handbook.yml"), "languages: [en, th]", "languages: [en, th, fr]");
        Document job = parse(XliffExport.export(linked(handbook), new LanguageTag("fr"), XliffExport.Selection.NEEDED, List.of())
                .xliff());
        assertThat(job.select("file").eachAttr("original")).contains("chapters/en/01-requests.md", "theme/i18n/en.yml");
        translateAll(job);
        job.selectFirst("unit[name=next] target").text("Suivant");

        XliffImport.apply(linked(handbook), bytes(job));

        assertThat(Files.readString(handbook.resolve("theme/i18n/fr.yml"))).contains("\nnext: Suivant\n");
        org.handbook.BuildResult built = Handbook.build(org.handbook.BuildRequest.build(handbook,
                java.util.Optional.of(workspace.resolve("site"))), Progress.NONE);
        assertThat(built.diagnostics()).isEmpty();
        assertThat(Files.readString(workspace.resolve("site/fr/2026/requests/index.html"))).contains("Suivant");
    }

    @Test
    void aChangedSectionBroughtBackIsWrittenIntoTheTranslationAndTheChapterIsCurrentAgain(@TempDir Path workspace)
            throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace);
        TestHandbooks.replace(handbook.resolve("chapters/en/01-requests.md"), "A short request is read sooner;",
                "A short request is read sooner and answered sooner;");
        Path thai = handbook.resolve("chapters/th/01-requests.md");
        String before = Files.readString(thai);
        Document job = parse(XliffExport.export(linked(handbook), new LanguageTag("th"), XliffExport.Selection.CHANGED, List.of())
                .xliff());
        assertThat(job.select("group").eachAttr("name")).containsExactly("what-a-request-contains");
        translateAll(job);

        XliffImport.apply(linked(handbook), bytes(job));

        String after = Files.readString(thai);
        assertThat(after).contains("answered sooner");
        String untouched = before.substring(before.indexOf("## ก่อนส่งคำร้องขอ"), before.indexOf("## สิ่งที่คำร้องขอต้องมี"));
        assertThat(after).as("the section the job did not hold").contains(untouched);
        LinkedHandbook linked = linked(handbook);
        assertThat(linked.book(new LanguageTag("th"), linked.config().currentEdition().id()).orElseThrow()
                .page(new PageId("requests")).orElseThrow().translation().status()).isEqualTo(TranslationState.Status.CURRENT);
    }

    @Test
    void aChapterNotTranslatedYetIsCreatedWithItsSourcesAnchorsAndMarked(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace);
        Document job = parse(XliffExport.export(linked(handbook), new LanguageTag("th"), XliffExport.Selection.MISSING, List.of())
                .xliff());
        translateAll(job);
        Element heading = job.selectFirst("file[original=chapters/en/02-extradition.md] unit[name^=line]");
        heading.selectFirst("target").prependText("หัวข้อ ");
        job.selectFirst("file[original=chapters/en/02-extradition.md] unit[name=title] target").text("การส่งผู้ร้ายข้ามแดน");

        List<XliffImport.Written> written = XliffImport.apply(linked(handbook), bytes(job));

        assertThat(written).extracting(XliffImport.Written::file, XliffImport.Written::created)
                .contains(org.assertj.core.groups.Tuple.tuple("chapters/th/02-extradition.md", true));
        String created = Files.readString(handbook.resolve("chapters/th/02-extradition.md"));
        assertThat(created).contains("translation:\n  reviewed: false\n  source: ").contains("\ntitle: การส่งผู้ร้ายข้ามแดน\n");
        LinkedHandbook after = linked(handbook);
        var page = after.book(new LanguageTag("th"), after.config().currentEdition().id()).orElseThrow()
                .page(new PageId("extradition")).orElseThrow();
        assertThat(page.translation().status()).isEqualTo(TranslationState.Status.CURRENT);
        var source = after.book(new LanguageTag("en"), after.config().currentEdition().id()).orElseThrow()
                .page(new PageId("extradition")).orElseThrow();
        assertThat(page.page().outline().headings()).extracting(found -> found.id().value())
                .containsExactlyElementsOf(source.page().outline().headings().stream().map(found -> found.id().value()).toList());
        assertThat(page.page().outline().headings().get(0).text()).startsWith("หัวข้อ ");
    }

    @Test
    void aCountryTablesCaptionIsTranslatedAsAUnitAndWrittenAsYamlWrites(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        Document job = XliffJobs.export(handbook, "th", XliffExport.Selection.NAMED, "chapters/en/01-overview.md");
        Element caption = XliffJobs.unit(job, "unit", "Status of the UN instruments"::equals);
        assertThat(caption.select("data")).as("the key is no word to translate").isEmpty();
        assertThat(caption.selectFirst("target").text()).isEqualTo("สถานะของตราสารของสหประชาชาติ");
        caption.selectFirst("target").text("สถานะ: ตราสารของสหประชาชาติ");

        XliffImport.apply(linked(handbook), bytes(job));

        String thai = Files.readString(handbook.resolve("chapters/th/01-overview.md"));
        assertThat(thai).contains("""
                ```country-table
                fields: [instruments.untoc, instruments.tipProtocol, extradition.nationals]
                caption: "สถานะ: ตราสารของสหประชาชาติ"
                ```
                """);
        org.handbook.BuildResult built = Handbook.build(org.handbook.BuildRequest.build(handbook,
                java.util.Optional.of(workspace.resolve("site"))), Progress.NONE);
        assertThat(built.diagnostics()).noneMatch(diagnostic -> diagnostic.severity() == org.handbook.model.Severity.ERROR);
        assertThat(Jsoup.parse(workspace.resolve("site/th/1/overview/index.html").toFile()).select("caption").eachText())
                .contains("สถานะ: ตราสารของสหประชาชาติ");
    }

    @Test
    void anImagesDescriptionIsTranslatedAndItsAddressKept(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace);
        Document job = XliffJobs.export(handbook, "th", XliffExport.Selection.MISSING);
        translateAll(job);
        Element image = XliffJobs.unit(job, "unit", source -> source.startsWith("The route of a request"));
        assertThat(image.select("data").eachText()).containsExactly("![", "](../../images/request-route.png)");
        image.selectFirst("target pc").text("เส้นทางของคำร้องขอ");

        XliffImport.apply(linked(handbook), bytes(job));

        assertThat(Files.readString(handbook.resolve("chapters/th/02-extradition.md")))
                .contains("\n![เส้นทางของคำร้องขอ](../../images/request-route.png)\n");
    }

    @Test
    void anIndexTermTranslatedAsAUnitOfItsOwnGoesIntoItsMarkAndTheThaiIndex(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace);
        Document job = XliffJobs.export(handbook, "th", XliffExport.Selection.MISSING);
        translateAll(job);
        Element term = XliffJobs.unit(job, "file[original=chapters/en/02-extradition.md] unit[name=index term]",
                "dual criminality; in extradition"::equals);
        term.selectFirst("target").text("ความผิดอาญาสองรัฐ; ในการส่งผู้ร้ายข้ามแดน");

        XliffImport.apply(linked(handbook), bytes(job));

        String created = Files.readString(handbook.resolve("chapters/th/02-extradition.md"));
        assertThat(created).contains("](index: \"ความผิดอาญาสองรัฐ; ในการส่งผู้ร้ายข้ามแดน\")")
                .doesNotContain("in extradition\")");
        LinkedHandbook after = linked(handbook);
        assertThat(after.book(new LanguageTag("th"), after.config().currentEdition().id()).orElseThrow().subjectIndex()
                .groups().stream().flatMap(group -> group.entries().stream()).map(entry -> entry.term()))
                .contains("ความผิดอาญาสองรัฐ");

        term.selectFirst("target").text("คำ \"ในเครื่องหมาย\"");
        assertThatThrownBy(() -> XliffImport.apply(linked(handbook), bytes(job)))
                .hasMessageContaining("unit " + term.id() + ") must be words on one line, without \"");
        term.selectFirst("target").remove();
        assertThatThrownBy(() -> XliffImport.apply(linked(handbook), bytes(job)))
                .hasMessageContaining("its index term (unit " + term.id() + ") has no translation");
        term.remove();
        assertThatThrownBy(() -> XliffImport.apply(linked(handbook), bytes(job)))
                .hasMessageContaining("its index term (unit " + term.id() + ") is not in the job any more");
    }

    @Test
    void aJobWhoseSourceChangedSinceIsRefusedAndNothingIsWritten(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace);
        Document job = parse(XliffExport.export(linked(handbook), new LanguageTag("th"), XliffExport.Selection.MISSING, List.of())
                .xliff());
        translateAll(job);
        TestHandbooks.replace(handbook.resolve("chapters/en/02-extradition.md"), "dual criminality", "double criminality");
        Map<String, byte[]> before = TestHandbooks.snapshot(handbook);
        assertThatThrownBy(() -> XliffImport.apply(linked(handbook), bytes(job)))
                .hasMessageMatching("chapters/en/02-extradition.md, unit u[0-9]+ \\(line [0-9]+\\): its source no longer matches the"
                        + " chapter, which changed since the job was made: export a new job");
        assertThat(TestHandbooks.snapshot(handbook)).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void aTranslationThatLostOrRepeatedACodeIsRefusedWithItsUnit(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace);
        Document job = parse(XliffExport.export(linked(handbook), new LanguageTag("th"), XliffExport.Selection.MISSING, List.of())
                .xliff());
        translateAll(job);
        Element damaged = job.select("target").stream().filter(target -> !target.select("ph").isEmpty()).findFirst().orElseThrow();
        String unit = damaged.closest("unit").attr("id");
        Element code = damaged.selectFirst("ph");
        String codeId = code.attr("id");
        code.remove();
        Map<String, byte[]> before = TestHandbooks.snapshot(handbook);
        assertThatThrownBy(() -> XliffImport.apply(linked(handbook), bytes(job)))
                .hasMessageContaining(", unit " + unit + " (line ").hasMessageContaining("its translation lost the code " + codeId);
        damaged.appendChild(code.clone()).appendChild(code.clone());
        assertThatThrownBy(() -> XliffImport.apply(linked(handbook), bytes(job)))
                .hasMessageContaining("its translation has the code " + codeId + " twice");
        assertThat(TestHandbooks.snapshot(handbook)).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void aFileThatIsNoXliffIsRefused(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace);
        assertThatThrownBy(() -> XliffImport.apply(linked(handbook), "<xliff version=\"2.1\"><file>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("line 1: this is not an XLIFF 2 file");
        assertThatThrownBy(() -> XliffImport.apply(linked(handbook),
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\" trgLang=\"th\"><file"
                        .getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("this is not well-formed XML");
    }
}
