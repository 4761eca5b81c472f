package org.handbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PageReferenceWordsTest {

    @Test
    void theWordingIsSplitAroundTheNumber() {
        PageReferenceWords words = PageReferenceWords.of(Map.of("print.pageRef", "p. {page}", "print.pageRefSeparator", ","));

        assertThat(words.before()).isEqualTo("p. ");
        assertThat(words.after()).isEqualTo("");
        assertThat(words.separator()).isEqualTo(",");
    }

    @Test
    void aLanguageMayPutItsWordsAfterTheNumber() {
        PageReferenceWords words = PageReferenceWords.of(Map.of("print.pageRef", "{page}. oldal"));

        assertThat(words.before()).isEqualTo("");
        assertThat(words.after()).isEqualTo(". oldal");
        assertThat(PageReferenceWords.of(Map.of("print.pageRef", "S. {page} f.")).text(7, false, false))
                .isEqualTo(" (S.\u00A07\u00A0f.)");
    }

    @Test
    void withoutStringsOfItsOwnALanguageGetsTheDefaults() {
        PageReferenceWords words = PageReferenceWords.of(Map.of());

        assertThat(words.before()).isEqualTo("p. ");
        assertThat(words.separator()).isEqualTo(",");
    }

    @Test
    void aWordingWithoutThePlaceholderStillGetsItsNumberAfterIt() {
        assertThat(PageReferenceWords.of(Map.of("print.pageRef", "หน้า")).before()).isEqualTo("หน้า ");
    }

    @Test
    void inRunningTextThePageComesInParenthesesAndInsideThemAfterTheSeparator() {
        PageReferenceWords words = PageReferenceWords.of(Map.of());

        assertThat(words.text(16, false, false)).isEqualTo(" (p.\u00A016)");
        assertThat(words.text(16, true, false)).isEqualTo(", p.\u00A016");
    }

    @Test
    void aWordFollowingDirectlyIsSetApartByASpace() {
        PageReferenceWords words = PageReferenceWords.of(Map.of("print.pageRef", "หน้า {page}"));

        assertThat(words.text(77, false, true)).isEqualTo(" (หน้า\u00A077) ");
        assertThat(words.text(77, true, true)).isEqualTo(", หน้า\u00A077 ");
    }
}
