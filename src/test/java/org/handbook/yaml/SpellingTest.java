package org.handbook.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {

    private static final List<String> ANCHORS = List.of("what-it-is-for", "requests-and-channels",
            "extraditable-offences-and-dual-criminality", "dual-nationality", "refusal-grounds");

    @Test
    void aSlipOfTheKeyboardFindsTheWordMeant() {
        assertThat(Spelling.nearest("titel", List.of("title", "kind", "id"))).contains("title");
        assertThat(Spelling.nearest("refusal-ground", ANCHORS)).contains("refusal-grounds");
    }

    @Test
    void aShortenedNameFindsTheNameThatHoldsAllItsWords() {
        assertThat(Spelling.nearest("dual-criminality", ANCHORS)).contains("extraditable-offences-and-dual-criminality");
        assertThat(Spelling.nearest("channels", ANCHORS)).contains("requests-and-channels");
    }

    @Test
    void nothingCloseIsNoSuggestion() {
        assertThat(Spelling.nearest("confiscation", ANCHORS)).isEmpty();
        assertThat(Spelling.nearest("for", ANCHORS)).isEmpty();
    }

    @Test
    void knownWordsAreListedClosestFirst() {
        assertThat(Spelling.byCloseness("dual-nationalty", ANCHORS).get(0)).isEqualTo("dual-nationality");
        assertThat(Spelling.byCloseness("x", List.of("b", "a", "a"))).containsExactly("a", "b");
    }
}
