package org.handbook.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.handbook.xliff.XliffJobs.bytes;
import static org.handbook.xliff.XliffJobs.export;
import static org.handbook.xliff.XliffJobs.linked;
import static org.handbook.xliff.XliffJobs.translateAll;
import static org.handbook.xliff.XliffJobs.translateTheRest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Progress;
import org.handbook.model.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The country profiles' texts in translation jobs ({@code countries} fixture): a unit per name, note,
 * fact told in words and law title, the translation there is now as the target, and the import
 * writing each translation beside its source in the profile, with nothing else in the file touched.
 */
class ProfileTextsJobTest {

    private static final String PROFILE = "countries/XA.yml";

    @Test
    void aProfileNamedGoesWholeWithTheTranslationsItHasAsTargets(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        Document job = export(handbook, "th", XliffExport.Selection.NAMED, PROFILE);
        XliffExportTest.assertValid(bytes(job));

        assertThat(job.select("file").eachAttr("original")).containsExactly(PROFILE);
        assertThat(job.select("group").eachAttr("name")).containsExactly("_front", "centralAuthority", "laws", "extradition");
        assertThat(job.select("unit").eachAttr("name")).containsExactly("/name", "/centralAuthority/body/value",
                "/centralAuthority/body/note", "/laws/mla/value/0/title", "/extradition/nationals/note");
        assertThat(unit(job, "/name").selectFirst("target").text()).isEqualTo("เอ็กแซมเปีย");
        assertThat(unit(job, "/centralAuthority/body/value").selectFirst("target").text()).isEqualTo("สำนักงานอัยการสูงสุด");
        Element note = unit(job, "/centralAuthority/body/note");
        assertThat(note.select("target")).as("the note is in English only").isEmpty();
        assertThat(note.selectFirst("source pc").text()).isEqualTo("international affairs");
        assertThat(note.select("data").eachText()).contains("**", "<script>", "</script>");
        assertThat(note.selectFirst("note[category=location]").text())
                .isEqualTo("Examplia › Central authority for mutual legal assistance › Central authority › note");
        assertThat(unit(job, "/extradition/nationals/note").selectFirst("source").wholeText())
                .as("the text YAML reads, not its quotes").isEqualTo("Only where a treaty provides for it. \"}}{{ page.title }}${7*7}{% raw %}");
    }

    @Test
    void aJobOfWhatIsNeededHoldsTheTextsNotYetTranslatedAndAJobOfChangesNone(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        Document needed = export(handbook, "th", XliffExport.Selection.NEEDED);
        assertThat(needed.select("file[original=" + PROFILE + "] unit").eachAttr("name")).containsExactly(
                "/centralAuthority/body/note", "/laws/mla/value/0/title", "/extradition/nationals/note");
        assertThat(needed.select("file").eachAttr("original")).contains("countries/XB.yml");
        assertThat(export(handbook, "th", XliffExport.Selection.CHANGED).select("file").eachAttr("original"))
                .noneMatch(file -> file.startsWith("countries/"));
    }

    @Test
    void eachTranslationGoesBesideItsSourceAndTheThaiProfileShowsIt(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        Path profile = handbook.resolve(PROFILE);
        String before = Files.readString(profile);
        Document job = export(handbook, "th", XliffExport.Selection.NAMED, PROFILE);
        translateTheRest(job);
        unit(job, "/centralAuthority/body/value").selectFirst("target").text("สำนักงานอัยการสูงสุด (ฝ่ายการต่างประเทศ)");
        unit(job, "/centralAuthority/body/note").selectFirst("target").textNodes().get(0).text("คำร้องขอส่งไปยังฝ่าย");
        unit(job, "/laws/mla/value/0/title").selectFirst("target").text("พระราชบัญญัติความช่วยเหลือซึ่งกันและกันในเรื่องทางอาญา");
        unit(job, "/extradition/nationals/note").selectFirst("target").text("เฉพาะเมื่อสนธิสัญญากำหนดไว้: ไม่มีข้อยกเว้นอื่น");

        var written = XliffImport.apply(linked(handbook), bytes(job));

        assertThat(written).extracting(XliffImport.Written::file).containsExactly(PROFILE);
        String after = Files.readString(profile);
        assertThat(after).contains("""
                      th: สำนักงานอัยการสูงสุด (ฝ่ายการต่างประเทศ)
                    source: moj-guide
                """);
        assertThat(after).contains("""
                    note:
                      en: Requests go to its **international affairs** department. <script>alert(1)</script>
                      th: คำร้องขอส่งไปยังฝ่าย**international affairs** department. <script>alert(1)</script>
                  address: not recorded
                """);
        assertThat(after).as("a text in a list item, indented under its key").contains("""
                      - title:
                          en: Mutual Assistance in Criminal Matters Act
                          th: พระราชบัญญัติความช่วยเหลือซึ่งกันและกันในเรื่องทางอาญา
                        year: 2005
                """);
        assertThat(after).as("the English as its author quoted it; the Thai quoted where YAML needs it").contains("""
                    note:
                      en: 'Only where a treaty provides for it. "}}{{ page.title }}${7*7}{% raw %}'
                      th: "เฉพาะเมื่อสนธิสัญญากำหนดไว้: ไม่มีข้อยกเว้นอื่น"
                """);
        assertThat(after.lines().filter(line -> !before.contains(line))).as("only the translated lines are new")
                .allMatch(line -> line.matches("\\s+(- )?(note:|title:|en: .*|th: .*)|translations:|    /[/a-zA-Z0-9]+: [0-9a-f]{12}"));
        assertThat(after.substring(after.indexOf("contacts:"), after.indexOf("instruments:")))
                .isEqualTo(before.substring(before.indexOf("contacts:"), before.indexOf("instruments:")));

        BuildResult built = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);
        assertThat(built.diagnostics()).noneMatch(diagnostic -> diagnostic.severity() == Severity.ERROR);
        assertThat(built.diagnostics()).filteredOn(diagnostic -> diagnostic.position().file().endsWith("XA.yml")
                && diagnostic.code().equals("HB-MD-RAW-HTML")).as("the fixture's raw HTML, carried into the translation")
                .extracting(diagnostic -> diagnostic.position().line()).containsExactly(26, 27);
        Path page = Files.walk(workspace.resolve("site/th")).filter(file -> file.toString().replace('\\', '/')
                .endsWith("/xa/index.html")).findFirst().orElseThrow();
        Document thai = Jsoup.parse(page.toFile());
        assertThat(thai.text()).contains("คำร้องขอส่งไปยังฝ่าย", "พระราชบัญญัติความช่วยเหลือซึ่งกันและกันในเรื่องทางอาญา",
                "เฉพาะเมื่อสนธิสัญญากำหนดไว้");
        assertThat(thai.select("[lang=en]").eachText()).noneMatch(text -> text.contains("Requests go to its"));
        assertThat(thai.select("script").outerHtml()).doesNotContain("alert(1)");
        assertThat(export(handbook, "th", XliffExport.Selection.NEEDED).select("file[original=" + PROFILE + "]"))
                .as("nothing of the profile needs translating now").isEmpty();
    }

    @Test
    void aTextWhoseSourceChangedSinceItsTranslationWasBroughtIsInTheNextJobOfChanges(@TempDir Path workspace)
            throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        Document job = export(handbook, "th", XliffExport.Selection.MISSING);
        translateAll(job);
        XliffImport.apply(linked(handbook), bytes(job));
        String recorded = Files.readString(handbook.resolve(PROFILE));
        assertThat(recorded).as("the record, at the end, of the texts the job brought").endsWith("""
                translations:
                  th:
                    /centralAuthority/body/note: %s
                    /laws/mla/value/0/title: %s
                    /extradition/nationals/note: %s
                """.formatted(ProfileRecord.fingerprint("Requests go to its **international affairs** department."
                        + " <script>alert(1)</script>"), ProfileRecord.fingerprint("Mutual Assistance in Criminal Matters Act"),
                ProfileRecord.fingerprint("Only where a treaty provides for it. \"}}{{ page.title }}${7*7}{% raw %}")));
        assertThat(export(handbook, "th", XliffExport.Selection.NEEDED).select("file[original=" + PROFILE + "]")).isEmpty();

        TestHandbooks.replace(handbook.resolve(PROFILE), "en: Mutual Assistance in Criminal Matters Act",
                "en: Mutual Assistance in Criminal Matters Act, 2005");
        Document changes = export(handbook, "th", XliffExport.Selection.CHANGED);
        assertThat(changes.select("file[original=" + PROFILE + "] unit").eachAttr("name"))
                .as("the changed title; not the name, translated by hand and never recorded")
                .containsExactly("/laws/mla/value/0/title");
        Element title = unit(changes, "/laws/mla/value/0/title");
        assertThat(title.selectFirst("segment").attr("state")).isEqualTo("initial");
        assertThat(title.selectFirst("target").text()).isEqualTo("Mutual Assistance in Criminal Matters Act");
        title.selectFirst("target").text("พระราชบัญญัติความช่วยเหลือซึ่งกันและกันในเรื่องทางอาญา พ.ศ. 2548");
        XliffImport.apply(linked(handbook), bytes(changes));
        String after = Files.readString(handbook.resolve(PROFILE));
        assertThat(after).contains("    /laws/mla/value/0/title: "
                + ProfileRecord.fingerprint("Mutual Assistance in Criminal Matters Act, 2005") + "\n");
        assertThat(after.indexOf("translations:")).isEqualTo(after.lastIndexOf("translations:"));
        assertThat(export(handbook, "th", XliffExport.Selection.CHANGED).select("file")).isEmpty();
        BuildResult built = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);
        assertThat(built.diagnostics()).as("the record is a field the schema knows")
                .noneMatch(diagnostic -> diagnostic.severity() == Severity.ERROR || diagnostic.code().startsWith("HB-COUNTRY-SCHEMA"));
    }

    @Test
    void aTextInsideBracesGetsItsTranslationInBraces(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        Path profile = handbook.resolve(PROFILE);
        TestHandbooks.replace(profile, """
                      - title: Mutual Assistance in Criminal Matters Act
                        year: 2005
                        number: "7/2005"
                """, """
                      - {title: Mutual Assistance in Criminal Matters Act, year: 2005, number: "7/2005"}
                """);
        TestHandbooks.replace(profile, """
                    value:
                      en: Office of the Attorney General
                      th: สำนักงานอัยการสูงสุด
                """, """
                    value: {en: Office of the Attorney General, th: สำนักงานอัยการสูงสุด}
                """);
        Document job = export(handbook, "th", XliffExport.Selection.NAMED, PROFILE);
        translateTheRest(job);
        unit(job, "/laws/mla/value/0/title").selectFirst("target").text("พระราชบัญญัติ, 2548");
        unit(job, "/centralAuthority/body/value").selectFirst("target").text("สำนักงานอัยการสูงสุด: ฝ่ายการต่างประเทศ");

        XliffImport.apply(linked(handbook), bytes(job));

        String after = Files.readString(profile);
        assertThat(after).contains("""
                      - {title: {en: "Mutual Assistance in Criminal Matters Act", th: "พระราชบัญญัติ, 2548"}, year: 2005, number: "7/2005"}
                """).contains("""
                    value: {en: Office of the Attorney General, th: "สำนักงานอัยการสูงสุด: ฝ่ายการต่างประเทศ"}
                """);
        BuildResult built = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);
        assertThat(built.diagnostics()).noneMatch(diagnostic -> diagnostic.severity() == Severity.ERROR);
    }

    @Test
    void aJobWhoseProfileChangedOrWhoseCodesWereDamagedIsRefusedAndNothingIsWritten(@TempDir Path workspace)
            throws Exception {
        Path handbook = TestHandbooks.copy("countries", workspace);
        Document job = export(handbook, "th", XliffExport.Selection.NAMED, PROFILE);
        translateAll(job);
        String noteId = unit(job, "/centralAuthority/body/note").attr("id");
        Element code = unit(job, "/centralAuthority/body/note").selectFirst("target pc");
        code.unwrap();
        Map<String, byte[]> before = TestHandbooks.snapshot(handbook);
        assertThatThrownBy(() -> XliffImport.apply(linked(handbook), bytes(job)))
                .hasMessageStartingWith(PROFILE + ", unit " + noteId + " (/centralAuthority/body/note): its translation lost the code");
        assertThat(TestHandbooks.snapshot(handbook)).containsExactlyInAnyOrderEntriesOf(before);

        Document fresh = export(handbook, "th", XliffExport.Selection.NAMED, PROFILE);
        translateAll(fresh);
        TestHandbooks.replace(handbook.resolve(PROFILE), "Requests go to its", "Requests are sent to its");
        Map<String, byte[]> edited = TestHandbooks.snapshot(handbook);
        assertThatThrownBy(() -> XliffImport.apply(linked(handbook), bytes(fresh)))
                .hasMessage(PROFILE + ", unit " + noteId + " (/centralAuthority/body/note): the profile's text changed since the"
                        + " job was made: export a new job");
        assertThat(TestHandbooks.snapshot(handbook)).containsExactlyInAnyOrderEntriesOf(edited);
    }

    private static Element unit(Document job, String name) {
        return job.selectFirst("unit[name=" + name + "]");
    }
}
