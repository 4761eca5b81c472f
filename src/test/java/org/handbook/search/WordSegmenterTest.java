package org.handbook.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordSegmenterTest {

    @Test
    void onlyLaoKhmerAndMyanmarAreSegmentedBeforeIndexing() {
        assertThat(WordSegmenter.needed("lo")).isTrue();
        assertThat(WordSegmenter.needed("km")).isTrue();
        assertThat(WordSegmenter.needed("my")).isTrue();
        assertThat(WordSegmenter.needed("my-MM")).isTrue();
        assertThat(WordSegmenter.needed("th")).as("Pagefind segments Thai itself, and better").isFalse();
        assertThat(WordSegmenter.needed("vi")).isFalse();
        assertThat(WordSegmenter.needed("en")).isFalse();
    }

    @Test
    void laoWordsAreSeparatedBySpacesAndPunctuationStaysAttached() {
        WordSegmenter lao = WordSegmenter.of("lo");
        assertThat(lao.spaced("ການຮ່ວມມືສາກົນ.")).as("as ICU's dictionary splits it").isEqualTo("ການຮ່ວມ ມື ສາກົນ.");
        assertThat(lao.spaced("ຜູ້ເສຍຫາຍຕ້ອງປອດໄພ")).endsWith(" ປອດໄພ");
        assertThat(lao.spaced("ASEAN ແລະ ລາວ")).as("existing spaces are kept, none doubled").isEqualTo("ASEAN ແລະ ລາວ");
    }

    @Test
    void khmerAndMyanmarWordsAreSeparatedToo() {
        assertThat(WordSegmenter.of("km").spaced("ជនរងគ្រោះត្រូវបានបញ្ជូនទៅមន្ទីរពេទ្យ")).endsWith(" មន្ទីរពេទ្យ").contains(" ");
        assertThat(WordSegmenter.of("my").spaced("နိုင်ငံတကာပူးပေါင်းဆောင်ရွက်မှု").split(" ")).hasSizeGreaterThan(1);
    }

    @Test
    void textInOtherScriptsIsLeftAlone() {
        WordSegmenter lao = WordSegmenter.of("lo");
        assertThat(lao.spaced("Mutual legal assistance, 2004.")).isEqualTo("Mutual legal assistance, 2004.");
        assertThat(lao.spaced("ความร่วมมือ")).isEqualTo("ความร่วมมือ");
    }

    @Test
    void theWordListHoldsTheDistinctWordsOfUnspacedScriptsInOrder() {
        assertThat(WordSegmenter.of("lo").words("ການຮ່ວມມືສາກົນ ການ ASEAN 2004."))
                .containsExactly("ການ", "ການຮ່ວມ", "ມື", "ສາກົນ");
        assertThat(WordSegmenter.of("km").words("ជនរងគ្រោះត្រូវបានបញ្ជូនទៅមន្ទីរពេទ្យ")).contains("មន្ទីរពេទ្យ");
    }
}
