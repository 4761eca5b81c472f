package org.handbook.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.handbook.model.Diagnostic;
import org.handbook.model.Diagnostics;
import org.handbook.model.EditionId;
import org.handbook.model.LanguageTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The imprint's keys of {@code pdf}: each text written once or per language, the printing history as text or as a list. */
class ImprintSettingsReaderTest {

    private static final String HEAD = """
            title: Handbook
            languages: [en, th]
            editions:
              - id: "1"
                title: First edition
                status: published
              - id: "2"
                title: Second edition
                status: current
            pdf:
              languages: [en]
            """;

    @TempDir
    Path root;

    @Test
    void nothingStatedIsLeftEmptyForTheThemeToFill() throws Exception {
        ImprintSettings imprint = load(HEAD).pdf().imprint();
        assertThat(imprint.licence()).isEmpty();
        assertThat(imprint.disclaimer()).isEmpty();
        assertThat(imprint.printingText()).isEmpty();
        assertThat(imprint.printings()).isEmpty();
    }

    @Test
    void textsAreReadOnceOrPerLanguageAndThePrintingHistoryAsText() throws Exception {
        ImprintSettings imprint = load(HEAD + """
                  licence: CC BY 4.0
                  disclaimer:
                    en: Guidance only.
                    th: เป็นแนวทางเท่านั้น
                  printing: First published 2010; reprinted 2012.
                """).pdf().imprint();
        assertThat(imprint.licence()).containsExactly(Map.entry(new LanguageTag("en"), "CC BY 4.0"));
        assertThat(imprint.disclaimer()).containsEntry(new LanguageTag("th"), "เป็นแนวทางเท่านั้น");
        assertThat(imprint.printingText()).containsEntry(new LanguageTag("en"), "First published 2010; reprinted 2012.");
        assertThat(imprint.printings()).isEmpty();
    }

    @Test
    void thePrintingHistoryAsAListOfDatedPrintings() throws Exception {
        ImprintSettings imprint = load(HEAD + """
                  printing:
                    - date: 2010-10-28
                      edition: "1"
                    - date: 2027-01-15
                      note:
                        en: Second printing, with corrections
                        th: พิมพ์ครั้งที่สอง ฉบับแก้ไข
                """).pdf().imprint();
        assertThat(imprint.printingText()).isEmpty();
        assertThat(imprint.printings()).hasSize(2);
        assertThat(imprint.printings().get(0).date()).isEqualTo(LocalDate.of(2010, 10, 28));
        assertThat(imprint.printings().get(0).edition()).contains(new EditionId("1"));
        assertThat(imprint.printings().get(0).note()).isEmpty();
        assertThat(imprint.printings().get(1).edition()).isEmpty();
        assertThat(imprint.printings().get(1).note()).containsEntry(new LanguageTag("th"), "พิมพ์ครั้งที่สอง ฉบับแก้ไข");
    }

    private HandbookConfig load(String yaml) throws Exception {
        Files.writeString(root.resolve(HandbookConfig.FILE_NAME), yaml);
        Diagnostics diagnostics = new Diagnostics();
        Optional<HandbookConfig> config = ConfigLoader.load(root, diagnostics);
        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).isEmpty();
        return config.orElseThrow();
    }
}
