package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Diagnostic;
import org.handbook.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of a theme's {@code print/fonts/}: each one that cannot be embedded is an error at
 * the file, saying why, where a damaged font stopped the build with a message about the output
 * folder; a font can be named in a stylesheet by the family it names itself.
 */
class PrintFontFilesTest {

    @Test
    void aFontThatCannotBeEmbeddedIsAnErrorAtItsFile(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("print-pages", workspace.resolve("handbook"));
        Path fonts = Files.createDirectories(handbook.resolve("theme/print/fonts"));
        Files.write(fonts.resolve("Damaged-Regular.ttf"), new byte[] {0, 1, 0, 0, 0, 9, 0, 0});
        Files.write(fonts.resolve("Outlines-Regular.otf"), "OTTO\0\0\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.write(fonts.resolve("Web-Regular.woff2"), "wOF2".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(fonts.resolve("LICENSE.txt"), "A licence is no font.");

        BuildResult checked = Handbook.build(BuildRequest.check(handbook), Progress.NONE);

        assertThat(checked.diagnostics()).extracting(diagnostic -> diagnostic.position().displayPath() + " "
                        + diagnostic.code() + " " + diagnostic.message())
                .containsExactly(
                        "theme/print/fonts/Damaged-Regular.ttf HB-PDF-FONTS this print font cannot be used: it cannot be read"
                                + " as a font: the file is damaged, cut short, or no font at all",
                        "theme/print/fonts/Outlines-Regular.otf HB-PDF-FONTS this print font cannot be used: its glyphs are"
                                + " PostScript (CFF) outlines, which the PDF engine cannot embed",
                        "theme/print/fonts/Web-Regular.woff2 HB-PDF-FONTS this print font cannot be used: the PDF engine embeds"
                                + " TrueType and OpenType fonts, not .woff2 files");
    }

    @Test
    void aStylesheetMayNameAFontByTheFamilyItNamesItself(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("print-pages", workspace.resolve("handbook"));
        Path fonts = Files.createDirectories(handbook.resolve("theme/print/fonts"));
        Files.copy(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"), fonts.resolve("DejaVuSansMono-Regular.ttf"));
        Path templates = Files.createDirectories(handbook.resolve("theme/templates"));
        String text = Files.readString(org.handbook.Golden.repositoryRoot().resolve("theme/templates/print-text.peb"));
        Files.writeString(templates.resolve("print-text.peb"), text + "\ncode { font-family: \"DejaVu Sans Mono\"; }\n");
        Path chapter = handbook.resolve("chapters/en/01-preparing.md");
        Files.writeString(chapter, Files.readString(chapter) + "\nThe form's field is `REQ-2026`.\n");

        BuildResult built = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);

        assertThat(built.diagnostics()).extracting(Diagnostic::code).isEmpty();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(workspace.resolve("site/en/1/handbook-en-1.pdf").toFile())) {
            java.util.Set<String> used = new java.util.TreeSet<>();
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    used.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            assertThat(used).contains("DejaVuSansMono");
        }
    }
}
