package org.handbook.pdf.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShaperTest {

    static final Path FONTS = Path.of("theme", "print", "fonts");

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({
        "NotoSansThai-Regular.ttf, ที่ปู่น้ำ",
        "NotoSansThai-Bold.ttf, ความร่วมมือระหว่างประเทศ",
        "NotoSansKhmer-Regular.ttf, កិច្ចសហប្រតិបត្តិការ",
        "NotoSansKhmer-Regular.ttf, ខ្មែរ",
        "NotoSansLao-Regular.ttf, ພາສາລາວ",
        "NotoSansMyanmar-Regular.ttf, မြန်မာ",
        "NotoSansMyanmar-Regular.ttf, သမ္မတ",
        "NotoSans-Regular.ttf, AVATAR office Wave",
    })
    void drawsTheGlyphsHarfBuzzDrawsWhereItDrawsThem(String file, String text) throws IOException {
        Path font = FONTS.resolve(file);
        Shaper shaper = Shaper.of(Files.readAllBytes(font));
        ShapedRun run = shaper.shape(text);
        List<HbShape.Glyph> expected = HbShape.shape(font, text);

        assertThat(IntStream.of(run.glyphs()).boxed().toList()).isEqualTo(expected.stream().map(HbShape.Glyph::id).toList());
        List<float[]> positions = HbShape.positions(expected, unitsPerEm(font));
        for (int i = 0; i < run.size(); i++) {
            assertThat(run.x()[i]).as("x of glyph %d", i).isCloseTo(positions.get(i)[0], within(0.1f));
            assertThat(-run.y()[i]).as("y of glyph %d", i).isCloseTo(positions.get(i)[1], within(0.1f));
        }
        float advance = expected.stream().mapToInt(HbShape.Glyph::advance).sum() * 1000f / unitsPerEm(font);
        assertThat(run.advance()).isCloseTo(advance, within(0.1f));
    }

    static int unitsPerEm(Path font) throws IOException {
        try (var parsed = new org.apache.fontbox.ttf.TTFParser().parse(
                new org.apache.pdfbox.io.RandomAccessReadBufferedFile(font.toFile()))) {
            return parsed.getUnitsPerEm();
        }
    }
}
