package org.handbook.pdf.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.openhtmltopdf.bidi.SimpleBidiReorderer;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.FontRun;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.handbook.Golden;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text is divided into runs of one font as the engine divides it, character for character, with
 * the theme's Latin font before its Thai one: Latin, Thai and both mixed, spaces counted apart
 * for justification, and a control character the engine drops. A character neither font has is
 * left to the engine, which draws its replacement character.
 */
class FontRunsTest {

    private static PDDocument document;
    private static PdfBoxFSFont font;

    @BeforeAll
    static void loadTheThemesFonts() throws IOException {
        document = new PDDocument();
        List<FontDescription> fonts = List.of(
                new FontDescription(PDType0Font.load(document, Golden.repositoryRoot()
                        .resolve("theme/print/fonts/NotoSans-Regular.ttf").toFile()), IdentValue.NORMAL, 400),
                new FontDescription(PDType0Font.load(document, Golden.repositoryRoot()
                        .resolve("theme/print/fonts/NotoSansThai-Regular.ttf").toFile()), IdentValue.NORMAL, 400));
        font = new PdfBoxFSFont(fonts, 12);
    }

    @AfterAll
    static void close() throws IOException {
        document.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mutual legal assistance", "ความช่วยเหลือซึ่งกันและกันทางอาญา",
            "มาตรา 4.2 ของ Extradition Act, พ.ศ. 2551 — “ที่นี่”", "tab\there\u0007", ""})
    void dividesTextAsTheEngineDoes(String text) {
        List<FontRun> ours = new FontRuns().divide(font, text, new SimpleBidiReorderer());
        List<FontRun> engines = PdfBoxTextRenderer.divideIntoFontRuns(font, text, new SimpleBidiReorderer());

        assertThat(ours).hasSameSizeAs(engines);
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i).description).isSameAs(engines.get(i).description);
            assertThat(ours.get(i).string).isEqualTo(engines.get(i).string);
            assertThat(ours.get(i).spaceCharacterCount).isEqualTo(engines.get(i).spaceCharacterCount);
            assertThat(ours.get(i).otherCharacterCount).isEqualTo(engines.get(i).otherCharacterCount);
        }
    }

    @Test
    void aCharacterNoFontHasIsLeftToTheEngine() {
        String snowman = "snow \u2603 ผู้ชาย";
        // The engine looks its replacement character up in the layout it runs in, which this test has not.
        Throwable engines = catchThrowable(() -> PdfBoxTextRenderer.divideIntoFontRuns(font, snowman, new SimpleBidiReorderer()));

        assertThat(engines).isNotNull();
        assertThatThrownBy(() -> new FontRuns().divide(font, snowman, new SimpleBidiReorderer()))
                .isInstanceOf(engines.getClass()).hasMessage(engines.getMessage());
    }
}
