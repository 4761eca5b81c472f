package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.handbook.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF writer on its own, given print documents no template of the default theme would write. */
class PdfWriterTest {

    private static final PdfWriter.Metadata ABOUT = new PdfWriter.Metadata("Title", "Author", "en", Optional.of(LocalDate.of(2026, 1, 31)));
    private static final PageReferenceWords WORDS = PageReferenceWords.of(Map.of());

    static PrintFonts fonts() throws IOException {
        return new PrintFonts(Map.of("fonts/NotoSans-Regular.ttf",
                Files.readAllBytes(Golden.repositoryRoot().resolve("theme/print/fonts/NotoSans-Regular.ttf"))));
    }

    @Test
    void noAddressTheDocumentNamesIsFetchedNorAnyFileRead(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("on-disk.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        try (ConnectionTrap trap = new ConnectionTrap()) {
            String remote = "http://" + trap.hostAndPort();
            String xhtml = """
                    <!DOCTYPE html><html lang="en"><head><title>t</title>
                    <link rel="stylesheet" href="REMOTE/linked.css" />
                    <style>
                    @import url("REMOTE/imported.css");
                    @import "https://HOST/imported-tls.css";
                    @font-face { font-family: "Trap"; src: url(REMOTE/font.ttf); }
                    body { font-family: "Trap", "Noto Sans"; background: url('REMOTE/background.png'); }
                    li { list-style-image: url(REMOTE/bullet.png); }
                    </style></head><body>
                    <p>Printed all the same.</p>
                    <img src="REMOTE/pixel.png" alt="remote" />
                    <img src="FILE" alt="local file" />
                    <img src="jar:FILE!/x.png" alt="inside a jar" />
                    <img src="ftp://HOST/x.png" alt="ftp" />
                    <img src="REMOTE/drawing.svg" alt="svg" />
                    <object data="REMOTE/embedded.pdf" type="application/pdf"></object>
                    <ul><li>item</li></ul>
                    <p style="background-image: url(REMOTE/inline.png)">styled</p>
                    </body></html>
                    """.replace("REMOTE", remote).replace("HOST", trap.hostAndPort()).replace("FILE", png.toUri().toString());

            PdfWriter.Written written = PdfWriter.write(xhtml, fonts(), ABOUT, WORDS);

            assertThat(trap.connections()).isEmpty();
            try (PDDocument document = Loader.loadPDF(written.bytes())) {
                assertThat(String.join("\n", PdfChecks.pageTexts(document))).contains("Printed all the same.");
                for (PDPage page : document.getPages()) {
                    for (var name : page.getResources().getXObjectNames()) {
                        assertThat(page.getResources().getXObject(name)).as("an image read from outside the document")
                                .isNotInstanceOf(PDImageXObject.class);
                    }
                }
            }
            assertThat(written.refused()).contains(remote + "/pixel.png", remote + "/linked.css",
                    remote + "/imported.css", remote + "/font.ttf", png.toUri().toString());
        }
    }

    @Test
    void addressesWithoutSchemeAreNeitherResolvedNorFetched() throws Exception {
        try (ConnectionTrap trap = new ConnectionTrap()) {
            String xhtml = """
                    <html lang="en"><head><title>t</title>
                    <link rel="stylesheet" href="//HOST/protocol-relative.css" />
                    <link rel="stylesheet" href="../assets/style.css" />
                    <style>@import "//HOST/imported.css"; p { font-family: "Noto Sans"; background: url(//HOST/background.png); }</style>
                    </head><body><p>Printed all the same.</p>
                    <img src="//HOST/protocol-relative.png" alt="protocol-relative" />
                    <img src="/images/rooted.png" alt="rooted" /></body></html>
                    """.replace("HOST", trap.hostAndPort());

            PdfWriter.Written written = PdfWriter.write(xhtml, fonts(), ABOUT, WORDS);

            assertThat(trap.connections()).isEmpty();
            assertThat(written.refused()).contains("//" + trap.hostAndPort() + "/protocol-relative.png", "../assets/style.css");
            try (PDDocument document = Loader.loadPDF(written.bytes())) {
                assertThat(String.join("\n", PdfChecks.pageTexts(document))).contains("Printed all the same.");
            }
        }
    }

    @Test
    void anImageInsideTheDocumentIsPrinted() throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png);
        String xhtml = "<html lang=\"en\"><head><title>t</title></head><body><p>x</p><img alt=\"a\" src=\"data:image/png;base64,"
                + java.util.Base64.getEncoder().encodeToString(png.toByteArray()) + "\" /></body></html>";

        PdfWriter.Written written = PdfWriter.write(xhtml, fonts(), ABOUT, WORDS);

        assertThat(written.refused()).isEmpty();
        try (PDDocument document = Loader.loadPDF(written.bytes())) {
            List<Object> images = new java.util.ArrayList<>();
            for (var name : document.getPage(0).getResources().getXObjectNames()) {
                images.add(document.getPage(0).getResources().getXObject(name));
            }
            assertThat(images).hasAtLeastOneElementOfType(PDImageXObject.class);
        }
    }

    @Test
    void metadataIsWellFormedWhateverTheTitleAndAuthorHold() throws Exception {
        String hostile = "A \"quoted\" & 'single' <b>title</b> ]]> </style></script>";
        String title = hostile + " with\u0000NUL\u0001\u001F\uFFFE and \uD800 a lone surrogate";
        String author = "Authors\u0000 & <co> ]]>";
        String xhtml = "<html lang=\"en\"><head><title>" + org.jsoup.nodes.Entities.escape(title) + "</title>"
                + "<meta name=\"author\" content=\"" + org.jsoup.nodes.Entities.escape(author) + "\" />"
                + "<meta name=\"description\" content=\"" + org.jsoup.nodes.Entities.escape(title) + "\" />"
                + "<meta name=\"subject\" content=\"" + org.jsoup.nodes.Entities.escape(title) + "\" />"
                + "<style>p { font-family: \"Noto Sans\"; }</style></head><body><p>x</p></body></html>";

        PdfWriter.Written written = PdfWriter.write(xhtml, fonts(), new PdfWriter.Metadata(title, author, "en", Optional.empty()), WORDS);

        String expectedTitle = hostile + " withNUL and  a lone surrogate";
        try (PDDocument document = Loader.loadPDF(written.bytes())) {
            byte[] xmp = document.getDocumentCatalog().getMetadata().toByteArray();
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.Document parsed = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xmp));
            assertThat(parsed.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").item(0).getTextContent().strip())
                    .isEqualTo(expectedTitle);
            org.apache.xmpbox.XMPMetadata metadata = new org.apache.xmpbox.xml.DomXmpParser().parse(xmp);
            assertThat(metadata.getDublinCoreSchema().getTitle()).isEqualTo(expectedTitle);
            assertThat(metadata.getDublinCoreSchema().getCreators()).containsExactly("Authors & <co> ]]>");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(expectedTitle);
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Authors & <co> ]]>");
        }
        assertThat(PdfChecks.veraPdfFailures(written.bytes(), org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_U)).isEmpty();
    }
}
