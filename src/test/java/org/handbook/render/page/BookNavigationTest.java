package org.handbook.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The size a reader is told before downloading the PDF, in the units and decimal mark of their language. */
class BookNavigationTest {

    @Test
    void aPdfsSizeIsWrittenAsItsReadersWriteNumbers() {
        assertThat(BookNavigation.size(1_234_567, Locale.ENGLISH)).isEqualTo("1.2\u00a0MB");
        assertThat(BookNavigation.size(1_234_567, Locale.forLanguageTag("id"))).isEqualTo("1,2\u00a0MB");
        assertThat(BookNavigation.size(12_000_000, Locale.forLanguageTag("vi"))).isEqualTo("12\u00a0MB");
        assertThat(BookNavigation.size(840_400, Locale.ENGLISH)).isEqualTo("840\u00a0kB");
        assertThat(BookNavigation.size(120, Locale.ENGLISH)).as("never 0 kB").isEqualTo("1\u00a0kB");
    }
}
