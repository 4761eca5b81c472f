package org.handbook.press;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output profile a press PDF is identified by: only a printer's, so that a file never claims
 * PDF/X for a condition no press prints to; without one, the press PDF is still trimmed and marked.
 */
class PressProfileTest {

    @TempDir
    Path workspace;

    @Test
    void aDisplayProfileSuchAsSrgbIsRefusedWhereItIsNamed() throws Exception {
        Path handbook = TestHandbooks.copy("print-press", workspace);
        Files.write(handbook.resolve("press/test-grey-press.icc"), ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());

        BuildResult result = Handbook.build(BuildRequest.check(handbook), Progress.NONE);

        assertThat(TestHandbooks.report(result.diagnostics())).isEqualTo(
                "handbook.yml:30:20: error: 'press/test-grey-press.icc' describes a display ('mntr'), and PDF/X accepts"
                        + " only a printing device's output profile ('prtr') [HB-PRESS-PROFILE]\n"
                        + "    hint: name the ICC output profile your printer gave you for their press and paper (CMYK, such as"
                        + " PSOcoated_v3.icc, or the RGB or grey profile of a digital press)\n");
    }

    @Test
    void aMissingProfileOrAFileThatIsNoProfileIsReported() throws Exception {
        Path handbook = TestHandbooks.copy("print-press", workspace);
        Files.delete(handbook.resolve("press/test-grey-press.icc"));
        assertThat(TestHandbooks.report(Handbook.build(BuildRequest.check(handbook), Progress.NONE).diagnostics()))
                .startsWith("handbook.yml:30:20: error: there is no file 'press/test-grey-press.icc' in the handbook [HB-PRESS-PROFILE]");

        Files.writeString(handbook.resolve("press/test-grey-press.icc"), "not a profile");
        assertThat(TestHandbooks.report(Handbook.build(BuildRequest.check(handbook), Progress.NONE).diagnostics()))
                .startsWith("handbook.yml:30:20: error: 'press/test-grey-press.icc' is not an ICC profile [HB-PRESS-PROFILE]");
    }

    @Test
    void withoutAProfileThePressPdfIsTrimmedAndMarkedButClaimsNoPdfX() throws Exception {
        Path handbook = TestHandbooks.copy("print-press", workspace);
        TestHandbooks.replace(handbook.resolve("handbook.yml"), "  languages: [en, th]\n  pageSize", "  languages: [en]\n  pageSize");
        TestHandbooks.replace(handbook.resolve("handbook.yml"), "    outputProfile: press/test-grey-press.icc\n", "");
        TestHandbooks.replace(handbook.resolve("handbook.yml"), "    outputCondition: Test grey press\n", "");

        BuildResult result = Handbook.build(BuildRequest.build(handbook, Optional.of(workspace.resolve("site"))), Progress.NONE);

        assertThat(TestHandbooks.report(result.diagnostics())).startsWith("handbook.yml:24:3: warning: the press PDFs name no"
                + " printing condition, so they cannot claim PDF/X-4 [HB-PRESS-NOT-PDFX]");
        try (PDDocument press = Loader.loadPDF(Files.readAllBytes(workspace.resolve("site/en/2026/handbook-en-2026-press.pdf")))) {
            assertThat(press.getDocumentCatalog().getOutputIntents()).isEmpty();
            assertThat(new String(press.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .doesNotContain("GTS_PDFXVersion").doesNotContain("pdfaid:part");
            assertThat(press.getPage(0).getCOSObject().containsKey(COSName.TRIM_BOX)).isTrue();
            assertThat(PressPdfTest.markLines(press.getPage(0))).hasSize(8);
        }
    }
}
