package org.handbook.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.render.BookSummary;
import org.handbook.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generator writes a handbook that builds cleanly, and always the same one. */
class SyntheticHandbookTest {

    @TempDir
    Path temp;

    @Test
    void generatedHandbookBuildsWithoutErrors() throws Exception {
        Path source = temp.resolve("handbook");
        SyntheticHandbook.generate(source, 20);

        BuildResult result = Handbook.build(BuildRequest.build(source, Optional.of(temp.resolve("site"))), Progress.NONE);

        assertThat(result.diagnostics()).as("the Thai pages are marked translations with their sources' anchors").isEmpty();
        // 20 pages, and a home page, an annex index, a subject index and search in each of the two languages
        assertThat(result.books().stream().mapToInt(BookSummary::pages).sum()).isEqualTo(20 + 4 + 4);
        assertThat(result.books()).extracting(book -> book.language() + "/" + book.edition() + "=" + book.pages())
                .containsExactly("en/bench=14", "th/bench=14");
        assertThat(result.output()).contains(temp.resolve("site"));
        assertThat(temp.resolve("site/th/bench/page-00009/index.html")).isRegularFile();
    }

    @Test
    void pagesHaveTheContentTheBenchmarkNeeds() throws Exception {
        Path source = temp.resolve("handbook");
        SyntheticHandbook.generate(source, 20);

        String english = Files.readString(source.resolve("chapters/en/00004-page-00003.md"), StandardCharsets.UTF_8);
        String thai = Files.readString(source.resolve("chapters/th/00004-page-00003.md"), StandardCharsets.UTF_8);
        assertThat(english).startsWith("---\nid: page-00003\n").contains("\nkind: chapter\n", "\n## ", "\n### ",
                "|---|", "\n- ", "\n1. ", "[^note]: ", "](../page-", "](https://", "`");
        assertThat(words(english)).isBetween(750, 1100);
        assertThat(thai).startsWith("---\nid: page-00003\n").containsPattern("[\\u0E00-\\u0E7F]{10}");
        assertThat(Files.readString(source.resolve("chapters/en/00010-page-00009.md"), StandardCharsets.UTF_8))
                .contains("\nkind: annex\n");
    }

    @Test
    void generationIsDeterministic() throws Exception {
        SyntheticHandbook.generate(temp.resolve("first"), 20);
        SyntheticHandbook.generate(temp.resolve("second"), 20);

        Map<String, byte[]> first = TestHandbooks.snapshot(temp.resolve("first"));
        Map<String, byte[]> second = TestHandbooks.snapshot(temp.resolve("second"));
        assertThat(first).hasSize(1 + 20);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void refusesMorePagesThanFileNamesCanNumber() {
        assertThatThrownBy(() -> SyntheticHandbook.generate(temp.resolve("huge"), 2 * 99_999 + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 99999 per language");
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }
}
