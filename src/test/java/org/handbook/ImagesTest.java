package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images in chapters: files of the handbook's {@code images/} folder, named by their path from the
 * chapter; published once under {@code assets/media/}; anything else reported where it is written.
 */
class ImagesTest {

    private static final String CHAPTER = "chapters/en/02-extradition.md";

    @Test
    void anImageIsPublishedOnceAndShownWithItsTextAlternative(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace);
        BuildResult result = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);

        assertThat(result.diagnostics()).isEmpty();
        Path page = workspace.resolve("site/en/2026/extradition/index.html");
        Element image = Jsoup.parse(page.toFile()).selectFirst("main img");
        assertThat(image).isNotNull();
        assertThat(image.attr("alt")).startsWith("The route of a request");
        assertThat(image.attr("src")).matches("\\.\\./\\.\\./\\.\\./assets/media/[0-9a-f]{12}\\.png");
        Path published = page.getParent().resolve(image.attr("src")).normalize();
        assertThat(published).hasSameBinaryContentAs(handbook.resolve("images/request-route.png"));
        // The Thai book shows the English chapter, with the same image file.
        Element thai = Jsoup.parse(workspace.resolve("site/th/2026/extradition/index.html").toFile()).selectFirst("main img");
        assertThat(workspace.resolve("site/th/2026/extradition").resolve(thai.attr("src")).normalize()).isEqualTo(published);
        try (var media = Files.list(workspace.resolve("site/assets/media"))) {
            assertThat(media).hasSize(1);
        }
    }

    @Test
    void anImageSurvivesTheCleaningOfRawHtml(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace);
        Files.writeString(handbook.resolve("handbook.yml"), Files.readString(handbook.resolve("handbook.yml"))
                + "markdown:\n  rawHtml: clean\n");
        Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);

        Element image = Jsoup.parse(workspace.resolve("site/en/2026/extradition/index.html").toFile()).selectFirst("main img");
        assertThat(image.attr("src")).matches("\\.\\./\\.\\./\\.\\./assets/media/[0-9a-f]{12}\\.png");
    }

    @Test
    void aMissingRemoteOrUndescribedImageIsReportedWhereItIsWritten(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace);
        Files.writeString(handbook.resolve(CHAPTER), Files.readString(handbook.resolve(CHAPTER)) + """

                ![A map](../../images/reqest-route.png)

                ![A photograph](https://example.org/photo.png)

                ![](../../images/request-route.png)

                ![Outside](../../../../outside.png)
                """);
        int first = (int) Files.readString(handbook.resolve(CHAPTER)).lines().takeWhile(line -> !line.contains("reqest")).count() + 1;

        BuildResult result = Handbook.build(BuildRequest.check(handbook), Progress.NONE);

        assertThat(result.diagnostics()).extracting(ImagesTest::describe).containsExactly(
                CHAPTER + ":" + first + ":1 HB-IMAGE-MISSING no image of the handbook at ../../images/reqest-route.png",
                CHAPTER + ":" + (first + 2) + ":1 HB-IMAGE-REMOTE images are not taken from other sites: https://example.org/photo.png",
                CHAPTER + ":" + (first + 4) + ":1 HB-IMAGE-ALT this image has no text alternative",
                CHAPTER + ":" + (first + 6) + ":1 HB-IMAGE-MISSING no image of the handbook at ../../../../outside.png");
        assertThat(result.diagnostics().get(0).hint()).startsWith("did you mean ../../images/request-route.png?");
    }

    @Test
    void onlyImagesTheSiteAndThePdfCanBothShowAreAccepted(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("references", workspace);
        Files.write(handbook.resolve("images/photo.webp"), "RIFF\0\0\0\0WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        // A drawing is one of them, once read.
        Files.writeString(handbook.resolve("images/diagram.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        BuildResult result = Handbook.build(BuildRequest.check(handbook), Progress.NONE);

        assertThat(result.diagnostics()).extracting(ImagesTest::describe)
                .containsExactly("images/photo.webp HB-IMAGE-TYPE 'photo.webp' is not an image the site and the PDF can both show");
    }

    private static String describe(Diagnostic diagnostic) {
        String where = diagnostic.position().line() > 0 ? diagnostic.position().toString() : diagnostic.position().displayPath();
        return where + " " + diagnostic.code() + " " + diagnostic.message();
    }
}
