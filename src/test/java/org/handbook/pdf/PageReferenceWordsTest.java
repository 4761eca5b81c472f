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
        assertThat(PageReferenceWords.of(Map.of("print.pageRef", "S. {page} f.")).after()).isEqualTo(" f.");
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
    void whatCouldEndTheStringOrTheStyleElementIsEscaped() {
        assertThat(PageReferenceWords.css("a \"b\" \\ </style> & c")).isEqualTo("a \\22 b\\22  \\5c  \\3c /style\\3e  \\26  c");
    }
}
