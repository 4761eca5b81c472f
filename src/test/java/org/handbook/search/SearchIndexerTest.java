package org.handbook.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handbook.BuildRequest;
import org.handbook.BuildResult;
import org.handbook.Handbook;
import org.handbook.TestHandbooks;
import org.handbook.model.Diagnostics;
import org.handbook.model.Progress;
import org.handbook.render.OutputSink;
import org.handbook.validators.BrowserSearch;
import org.handbook.validators.BrowserSearch.Query;
import org.handbook.validators.BrowserSearch.Shown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A book too big for one run of Pagefind is indexed in parts, and the reader's browser searches them all. */
class SearchIndexerTest {

    @Test
    void aBookIndexedInPartsIsSearchedAsOne(@TempDir Path out) throws Exception {
        Path site = out.resolve("site");
        BuildResult built = Handbook.build(BuildRequest.build(TestHandbooks.fixture("minimal"), Optional.of(site))
                .withSearchEngine(() -> new PagefindBinary.Unavailable("indexed below", "")), Progress.NONE);
        PagefindBinary.Lookup engine = PagefindBinary.forThisMachine().find();
        assertThat(engine).isInstanceOf(PagefindBinary.Found.class);
        Diagnostics diagnostics = new Diagnostics();
        OutputSink files = (path, content) -> {
            try {
                Files.write(Files.createDirectories(site.resolve(path.value()).getParent()).resolve(
                        site.resolve(path.value()).getFileName()), content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };

        // en/2026 has six pages: annexes, channels, contacts, home, introduction, search.
        SearchIndexer.index(site, built.books(), engine, files, diagnostics, 2);

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(site.resolve("en/2026/search/indexes.json")).content()
                .isEqualToIgnoringWhitespace("[\"pagefind/\",\"pagefind-2/\",\"pagefind-3/\"]");
        for (String part : List.of("pagefind", "pagefind-2", "pagefind-3")) {
            assertThat(site.resolve("en/2026/" + part + "/pagefind.js")).isRegularFile();
        }
        assertThat(site.resolve("en/2026/.search-work")).doesNotExist();
        assertThat(site.resolve(".search-work")).doesNotExist();

        List<Shown> shown = BrowserSearch.run(site, List.of(
                new Query("en/2026/index.html", "police"),
                new Query("en/2026/index.html", "emphasis")));
        assertThat(shown.get(0).links()).as("from the first part").containsExactly("/en/2026/channels/index.html");
        assertThat(shown.get(1).links()).as("from the third part").containsExactly("/en/2026/introduction/index.html");
    }
}
