package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.handbook.model.Progress;
import org.handbook.validators.NuHtmlChecker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ported} fixture: a book written as authors of other Markdown tools write, with
 * comments for the editors, an anchor kept for old links, a hidden answer, a drawing and a picture
 * as numbered figures, callouts, a checklist, preformatted text and a moved page. It builds
 * without a word from the tool, and its pages are what those authors meant, in valid HTML.
 */
class PortedBookTest {

    @TempDir
    static Path workspace;

    private static BuildResult result;
    private static Path site;
    private static Document requests;

    @BeforeAll
    static void build() throws Exception {
        Path handbook = TestHandbooks.copy("ported", workspace.resolve("handbook"));
        site = workspace.resolve("site");
        result = Handbook.build(BuildRequest.build(handbook, Optional.of(site)), Progress.NONE);
        requests = Jsoup.parse(site.resolve("en/1/requests/index.html").toFile());
    }

    @Test
    void buildsWithoutADiagnostic() {
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void theEditorsCommentsStayOutOfThePage() {
        assertThat(requests.html()).doesNotContain("redrawn for the second printing");
    }

    @Test
    void theOldAnchorLeadsIntoItsSectionFromAnotherPage() throws Exception {
        assertThat(requests.getElementById("route-of-a-request")).isNotNull();
        Document answers = Jsoup.parse(site.resolve("en/1/answers/index.html").toFile());
        Element link = answers.selectFirst("main a[href$=#route-of-a-request]");
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("../requests/index.html#route-of-a-request");
    }

    @Test
    void theDrawingAndThePictureAreNumberedFiguresOfTheirOwnSize() {
        assertThat(requests.select("figure.figure figcaption").eachText())
                .containsExactly("Figure 1.1 The route of a request", "Figure 1.2 The same route, as a picture");
        Element drawing = requests.selectFirst("#figure-route img");
        assertThat(drawing.attr("src")).endsWith(".svg");
        assertThat(drawing.attr("width")).isEqualTo("480");
        assertThat(drawing.attr("height")).isEqualTo("64");
        assertThat(drawing.attr("style")).isEqualTo("width: 80%");
        assertThat(requests.select("main a[href$=#figure-route]").eachText()).containsExactly("Figure 1.1");
    }

    @Test
    void theHiddenAnswerHoldsItsMarkdown() {
        Element details = requests.selectFirst("main details:not([class])");
        assertThat(details.selectFirst("summary").text()).isEqualTo("Must dual criminality be shown?");
        assertThat(details.select("p strong").eachText()).containsExactly("coercive");
        assertThat(requests.selectFirst("pre").text()).contains("Central authority");
    }

    @Test
    void calloutsAndTheChecklistAreWhatTheyLookLikeOnGitHub() {
        assertThat(requests.select("aside.callout .callout-title").eachText()).containsExactly("Note", "Warning");
        assertThat(requests.select("input.task-box[checked]")).hasSize(1);
        assertThat(requests.select("input.task-box:not([checked])")).hasSize(2);
    }

    @Test
    void theMovedPageLeadsToItsNewPlace() throws Exception {
        String moved = Files.readString(site.resolve("en/1/sending-requests/index.html"));
        assertThat(moved).contains("../requests/index.html#the-route");
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        assertThat(NuHtmlChecker.errors(site)).isEmpty();
    }
}
