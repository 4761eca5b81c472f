package org.handbook.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTagTest {

    @Test
    void acceptsWellFormedTagsInCanonicalCase() {
        assertThat(LanguageTag.parse("en")).map(LanguageTag::value).contains("en");
        assertThat(LanguageTag.parse("ZH-hant")).map(LanguageTag::value).contains("zh-Hant");
        assertThat(LanguageTag.parse("fil")).isPresent();
    }

    @Test
    void rejectsWhatIsNotBcp47() {
        assertThat(LanguageTag.parse("en_US")).isEmpty();
        assertThat(LanguageTag.parse("english language")).isEmpty();
        assertThat(LanguageTag.parse("")).isEmpty();
        assertThat(LanguageTag.parse("x")).isEmpty();
    }

    @Test
    void namesEachLanguageInItself() {
        assertThat(new LanguageTag("th").nativeName()).isEqualTo("ไทย");
        assertThat(new LanguageTag("vi").nativeName()).isEqualTo("Tiếng Việt");
        assertThat(new LanguageTag("en").nativeName()).isEqualTo("English");
    }
}
