package org.handbook.render.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReaderOrderTest {

    private static List<String> sorted(String language, String... words) {
        return Stream.of(words).sorted(CountryModels.readerOrder(language)).toList();
    }

    @Test
    void vietnameseDWithStrokeIsItsOwnLetterAfterD() {
        assertThat(sorted("vi", "Đà Nẵng", "Duy", "Dung", "Ê-đê", "Em")).containsExactly("Dung", "Duy", "Đà Nẵng", "Em", "Ê-đê");
    }

    @Test
    void thaiSortsByConsonantNotByLeadingVowel() {
        assertThat(sorted("th", "เอ็กแซมเปีย", "กขค", "ไทย")).containsExactly("กขค", "ไทย", "เอ็กแซมเปีย");
    }

    @Test
    void englishIgnoresCaseFirst() {
        assertThat(sorted("en", "viet Nam", "Thailand", "Singapore")).containsExactly("Singapore", "Thailand", "viet Nam");
    }
}
