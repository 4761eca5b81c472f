package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A theme's print font that maps characters beyond the Basic Multilingual Plane (DejaVu Sans Mono
 * maps 63 mathematical letters there) is used as shipped: building with it crashed, as the
 * rewritten copy of a font could map only the plane's own characters. A font added for such
 * characters draws them, though the print template names only its own families.
 */
class WideFontsTest {

    /** Debian's fonts-dejavu-core, which run-tests installs. */
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final Path DEJAVU_MONO = DEJAVU.resolve("DejaVuSansMono.ttf");

    @Test
    void aFontMappingCharactersBeyondThePlaneIsUsedAsShipped(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("print-pages", workspace.resolve("handbook"));
        Path fonts = Files.createDirectories(handbook.resolve("theme/print/fonts"));
        Files.copy(DEJAVU_MONO, fonts.resolve("DejaVuSansMono-Regular.ttf"));

        BuildResult built = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);

        assertThat(built.hasErrors()).as("%s", built.diagnostics()).isFalse();
        assertThat(workspace.resolve("site/en/1/handbook-en-1.pdf")).isNotEmptyFile();
    }

    @Test
    void anEmojiAndALetterBeyondThePlanePrintInTheFontAddedForThem(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("print-pages", workspace.resolve("handbook"));
        Path fonts = Files.createDirectories(handbook.resolve("theme/print/fonts"));
        Files.copy(DEJAVU.resolve("DejaVuSans.ttf"), fonts.resolve("DejaVuSans-Regular.ttf"));
        Path chapter = handbook.resolve("chapters/en/01-preparing.md");
        Files.writeString(chapter, Files.readString(chapter) + "\nA request that went well earns a 😀 and the mark 𝔸.\n");

        BuildResult built = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);

        assertThat(built.hasErrors()).as("%s", built.diagnostics()).isFalse();
        try (PDDocument pdf = Loader.loadPDF(workspace.resolve("site/en/1/handbook-en-1.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("earns a 😀 and the mark 𝔸.");
            List<String> fontsUsed = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fontsUsed.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(fontsUsed).anySatisfy(font -> assertThat(font).endsWith("+DejaVuSans"));
        }
    }
}
