package org.handbook.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.handbook.TestHandbooks;
import org.handbook.model.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pdf.press: off unless asked for, the usual values for {@code true}, lengths in any of four units. */
class PressSettingsTest {

    @TempDir
    Path workspace;

    @Test
    void noPressFilesUnlessTheHandbookAsks() throws Exception {
        assertThat(load("pdf:\n  languages: [en]\n").pdf().press()).isEmpty();
        assertThat(load("pdf:\n  languages: [en]\n  press: false\n").pdf().press()).isEmpty();
    }

    @Test
    void trueAsksForThreeMillimetresOfBleedOnPaperATenthOfAMillimetreThick() throws Exception {
        PressSettings press = load("pdf:\n  languages: [en]\n  press: true\n").pdf().press().orElseThrow();

        assertThat(press.bleed()).isCloseTo(8.504, within(0.001));
        assertThat(press.leafThickness()).isCloseTo(0.2835, within(0.001));
        assertThat(press.outputProfile()).isEmpty();
    }

    @Test
    void lengthsAreReadInMillimetresCentimetresInchesOrPoints() throws Exception {
        PressSettings press = load("pdf:\n  languages: [en]\n  press:\n    bleed: 0.125in\n    paperThickness: 0.012cm\n"
                + "    outputProfile: press/offset.icc\n    outputCondition: FOGRA51\n").pdf().press().orElseThrow();

        assertThat(press.bleed()).isCloseTo(9, within(0.001));
        assertThat(press.leafThickness()).isCloseTo(0.12 * 72 / 25.4, within(0.0001));
        assertThat(press.outputProfile()).contains(Path.of("press/offset.icc"));
        assertThat(press.outputCondition()).contains("FOGRA51");
        assertThat(load("pdf:\n  languages: [en]\n  press:\n    bleed: 0mm\n").pdf().press().orElseThrow().bleed()).isZero();
        assertThat(load("pdf:\n  languages: [en]\n  press:\n    bleed: 5 pt\n").pdf().press().orElseThrow().bleed()).isEqualTo(5);
    }

    @Test
    void theSpineTakesALeafForEveryTwoPagesAndOneForALastOddPage() {
        PressSettings press = new PressSettings(0, 0.5, Optional.empty(), Optional.empty(), null);

        assertThat(press.spine(200)).isEqualTo(50);
        assertThat(press.spine(201)).isEqualTo(50.5);
    }

    @Test
    void aLengthWithoutAUnitOrOfNoThicknessIsReportedWhereItIsWritten() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        Path handbook = handbook("pdf:\n  languages: [en]\n  press:\n    bleed: 3\n    paperThickness: 0mm\n");

        assertThat(ConfigLoader.load(handbook, diagnostics)).isEmpty();
        assertThat(TestHandbooks.report(diagnostics.sorted())).contains(
                "handbook.yml:16:12: error: 'bleed' has no unit: '3' [HB-CONFIG-PRESS]",
                "handbook.yml:17:21: error: 'paperThickness' must be more than 0 and at most 2 mm, not '0mm' [HB-CONFIG-PRESS]");
    }

    private HandbookConfig load(String pdf) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        Optional<HandbookConfig> config = ConfigLoader.load(handbook(pdf), diagnostics);
        assertThat(diagnostics.sorted()).isEmpty();
        return config.orElseThrow();
    }

    private Path handbook(String pdf) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", Files.createTempDirectory(workspace, "handbook"));
        Files.writeString(handbook.resolve("handbook.yml"), pdf, StandardOpenOption.APPEND);
        return handbook;
    }
}
