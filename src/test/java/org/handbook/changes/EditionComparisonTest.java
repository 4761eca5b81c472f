package org.handbook.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.LinkResult;
import org.handbook.TestHandbooks;
import org.handbook.link.LinkedHandbook;
import org.handbook.model.EditionId;
import org.handbook.model.Progress;
import org.handbook.text.JsonText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code editions} fixture with a chapter on sources in both editions, whose second edition
 * changes only what a reader sees or follows beside the words: a link added to a word, a link's
 * address, raw HTML (escaped, as by default), an image's file and text alternative, a footnote's
 * text, a footnote added before it. Its cross-reference is written the same way in both editions,
 * and its other footnote reference is the same though its number is not.
 */
class EditionComparisonTest {

    private static final String FIRST = """
            ---
            id: sources
            title: Sources
            ---

            ## Reports

            Read the first report.

            See [the treaty](https://treaties.example/old) for its text.

            The convention is in force.

            ![A map of the region](../../images/map.png)

            Victims are heard.

            States must answer.[^answer]

            See [](xref:law) on the law.

            [^answer]: Within a month.
            """;

    private static final String SECOND = """
            ---
            id: sources
            title: Sources
            ---

            ## Reports

            Read the [first](https://elsewhere.example/) report.

            See [the treaty](https://treaties.example/new?a=1&b="2"&c=<script>) for its text.

            The convention is <span>added</span> in force.

            ![A map of the whole region](../../images/region.png)

            Victims are heard[^heard].

            States must answer.[^answer]

            See [](xref:law) on the law.

            <script>alert("added")</script>

            [^answer]: Within two months.
            [^heard]: In their language.
            """;

    @TempDir
    static Path temp;

    private static Path handbook;
    private static Document changes;
    private static String changesHtml;

    @BeforeAll
    static void buildOnce() throws Exception {
        handbook = TestHandbooks.copy("editions", temp);
        Files.writeString(handbook.resolve("editions/1/chapters/en/05-sources.md"), FIRST);
        Files.writeString(handbook.resolve("chapters/en/05-sources.md"), SECOND);
        image(handbook.resolve("editions/1/images/map.png"), Color.BLUE);
        image(handbook.resolve("images/region.png"), Color.GREEN);
        Path site = temp.resolve("site");
        BuildResult result = Handbook.build(BuildRequest.build(handbook, Optional.of(site)), Progress.NONE);
        assertThat(result.hasErrors()).as(TestHandbooks.report(result.diagnostics())).isFalse();
        changesHtml = Files.readString(site.resolve("en/2/changes/index.html"), StandardCharsets.UTF_8);
        changes = Jsoup.parse(changesHtml);
    }

    private static void image(Path file, Color color) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, color.getRGB());
        ImageIO.write(image, "png", file.toFile());
    }

    private static Element redline() {
        return changes.select("section.redline").stream()
                .filter(section -> section.selectFirst("h3").text().endsWith("Sources")).findFirst().orElseThrow();
    }

    private static String block(String startingWith) {
        return redline().select(".redline-block p:not(.redline-section)").stream()
                .filter(paragraph -> paragraph.text().startsWith(startingWith)).map(Element::html)
                .reduce((a, b) -> a + "\n" + b).orElse("(no block starting with " + startingWith + ")");
    }

    @Test
    void aLinkAddedToAWordShowsItsAddressInserted() {
        assertThat(block("Read the")).isEqualTo("Read the first<ins> &lt;https://elsewhere.example/&gt;</ins> report.");
    }

    @Test
    void aLinkWhoseAddressChangedShowsTheOldAddressDeletedAndTheNewOneInserted() {
        assertThat(block("See the treaty")).isEqualTo("See the treaty<del> &lt;https://treaties.example/old&gt;</del>"
                + "<ins> &lt;https://treaties.example/new?a=1&amp;b=\"2\"&amp;c=%3Cscript%3E&gt;</ins> for its text.");
    }

    @Test
    void rawHtmlShownAsTextIsInTheRedlineAsText() {
        assertThat(block("The convention")).isEqualTo("The convention is<ins> &lt;span&gt;added&lt;/span&gt;</ins> in force.");
        assertThat(block("<script>")).isEqualTo("<ins>&lt;script&gt;alert(\"added\")&lt;/script&gt;</ins>");
    }

    @Test
    void anImagesFileAndTextAlternativeAreCompared() {
        assertThat(block("A map")).isEqualTo("A map of the<ins> whole</ins> region<del> &lt;../../images/map.png&gt;</del>"
                + "<ins> &lt;../../images/region.png&gt;</ins>");
    }

    @Test
    void aFootnotesTextIsCompared() {
        assertThat(block("Within")).isEqualTo("Within<del> a month</del><ins> two months</ins>.");
        assertThat(redline().select(".redline-footnote p:not(.redline-section)")).extracting(Element::html)
                .containsExactly("Within<del> a month</del><ins> two months</ins>.", "<ins>In their language.</ins>");
    }

    @Test
    void aFootnoteReferenceAddedShowsWithoutTheNumbersOfTheNotesAfterIt() {
        assertThat(block("Victims")).isEqualTo("Victims are heard<ins>[*]</ins>.");
    }

    @Test
    void anUnchangedCrossReferenceAndAnUnchangedFootnoteReferenceAreNoChange() {
        assertThat(redline().text()).doesNotContain("xref", "States must answer");
        assertThat(redline().select(".redline-block")).hasSize(8);
    }

    @Test
    void nothingInTheRedlineIsALinkOrAnElementTheAuthorWrote() {
        assertThat(redline().select(".redline-block a, .redline-block script, .redline-block span")).isEmpty();
        assertThat(changesHtml).doesNotContain("<script>alert", "<span>added");
    }

    @Test
    void theDiffCommandPrintsTheSameRedline() {
        LinkResult linked = Handbook.link(handbook, Progress.NONE);
        LinkedHandbook book = linked.handbook().orElseThrow();
        ChangesReport report = ChangesReport.of(EditionComparison.between(
                book.book(book.config().defaultLanguage().tag(), new EditionId("1")).orElseThrow(),
                book.book(book.config().defaultLanguage().tag(), new EditionId("2")).orElseThrow()));

        assertThat(report.text(text -> text)).contains(String.join("\n",
                "  changed    sources                          Sources (8 blocks)",
                "             Reports: Read the first{+ <https://elsewhere.example/>+} report.",
                "             Reports: See the treaty[- <https://treaties.example/old>-]"
                        + "{+ <https://treaties.example/new?a=1&b=\"2\"&c=%3Cscript%3E>+} for its text.",
                "             Reports: The convention is{+ <span>added</span>+} in force.",
                "             Reports: A map of the{+ whole+} region[- <../../images/map.png>-]{+ <../../images/region.png>+}",
                "             Reports: Victims are heard{+[*]+}.",
                "             Reports: {+<script>alert(\"added\")</script>+}",
                "             Reports: Within[- a month-]{+ two months+}.",
                "             Reports: {+In their language.+}",
                ""));
        assertThat(JsonText.of(report)).contains("\"kind\": \"footnote\"",
                "\"redline\": \"Read the first{+ <https://elsewhere.example/>+} report.\"");
    }

    @Test
    void aLongAddressInTheRedlineDoesNotMakeThePageScrollSidewaysOnAPhone(@TempDir Path workspace) throws Exception {
        Path longer = TestHandbooks.copy("editions", workspace);
        String chapter = "---\nid: report\ntitle: Report\n---\n\nThe [full report](https://reports.example/%s) is long.\n";
        Files.writeString(longer.resolve("editions/1/chapters/en/06-report.md"), chapter.formatted("2010"));
        Files.writeString(longer.resolve("chapters/en/06-report.md"), chapter.formatted("a".repeat(160)));
        Path site = workspace.resolve("site");
        assertThat(Handbook.build(BuildRequest.build(longer, Optional.of(site)).asPreview(), Progress.NONE).hasErrors()).isFalse();
        assertThat(Files.readString(site.resolve("en/2/changes/index.html"))).contains("a".repeat(160));

        assertThat(org.handbook.validators.PageLayout.measure(site, java.util.List.of("en/2/changes/index.html")))
                .singleElement().satisfies(page -> assertThat(page.widths()).containsEntry(390, 390));
    }
}
