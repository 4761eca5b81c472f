package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PdfIdentityTest {

    @Test
    void aDayIsNoonUtcOfThatGregorianDayWhateverTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            // A Thai machine's default calendar is the Buddhist one.
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-ca-buddhist"));
            assertThat(PdfIdentity.calendar(LocalDate.of(2026, 3, 1)).toInstant())
                    .isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
