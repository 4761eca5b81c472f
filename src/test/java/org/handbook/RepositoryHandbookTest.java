package org.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.handbook.model.Progress;
import org.handbook.render.BookSummary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handbook this repository publishes builds cleanly: no error, and no warning but the reminders
 * that some country facts are old, which readers see flagged and editors review by hand; every
 * reference is resolved, and every book has its annex index, subject index and glossary.
 */
class RepositoryHandbookTest {

    @Test
    void theAseanHandbookBuildsWithoutDiagnostics(@TempDir Path out) throws Exception {
        BuildResult result = Handbook.build(BuildRequest.build(Golden.repositoryRoot(), Optional.of(out.resolve("site"))),
                Progress.NONE);

        assertThat(result.diagnostics()).filteredOn(d -> !d.code().equals("HB-COUNTRY-STALE")).isEmpty();
        Document about = Jsoup.parse(out.resolve("site/en/2026/about/index.html").toFile());
        assertThat(about.title()).startsWith("About this handbook · ASEAN Handbook");
        assertThat(about.select("main h2").eachText()).contains("1.1 Purpose", "1.6 Origin");
        assertThat(about.select("main .footnotes li")).isNotEmpty();
        assertThat(SiteLinks.broken(out.resolve("site"))).as("links between pages and to anchors, references").isEmpty();
        assertEveryBookHasItsIndexesAndGlossary(result, out.resolve("site"));
    }

    private static void assertEveryBookHasItsIndexesAndGlossary(BuildResult result, Path site) throws IOException {
        for (BookSummary book : result.books()) {
            Path folder = site.resolve(book.language().value()).resolve(book.edition().value());
            assertThat(Jsoup.parse(folder.resolve("annexes/index.html").toFile()).select(".annex-entry")).hasSizeGreaterThan(3);
            Document index = Jsoup.parse(folder.resolve("subject-index/index.html").toFile());
            assertThat(index.select(".index-entry")).as("subject index of " + folder).hasSizeGreaterThan(40);
            Document glossary = Jsoup.parse(folder.resolve("glossary/index.html").toFile());
            assertThat(glossary.select("article").hasClass("glossary")).isTrue();
            assertThat(glossary.select(".term-uses")).as("glossary terms used in the chapters").hasSizeGreaterThan(15);
        }
    }
}
