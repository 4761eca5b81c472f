package org.handbook.parse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.nio.file.Path;
import java.util.Map;
import org.handbook.config.RawHtmlPolicy;
import org.handbook.load.FrontMatter;
import org.handbook.load.SourcePage;
import org.handbook.model.Diagnostics;
import org.handbook.model.PageId;
import org.handbook.model.PageKind;
import org.handbook.model.SourcePosition;

/**
 * Any chapter body, with our extensions (cross-references, index marks, country tables, table
 * captions, explicit anchors, raw HTML cleaning), ends in a page or in diagnostics, never in an
 * exception. Plain {@code mvn verify} replays the inputs kept in {@code MarkdownFuzzTestInputs/}.
 */
class MarkdownFuzzTest {

    private static final Path FILE = Path.of("chapters/en/01-fuzz.md");

    @FuzzTest(maxDuration = "60s")
    void anyBodyIsParsedOrReported(@NotNull String body) {
        FrontMatter frontMatter = new FrontMatter(new PageId("fuzz"), "Fuzz", PageKind.CHAPTER, "", true,
                SourcePosition.of(FILE, 2, 5));
        Diagnostics diagnostics = new Diagnostics();
        new MarkdownPageParser(RawHtmlPolicy.escape(), true, diagnostics).parse(new SourcePage(FILE, frontMatter, body, 5), Map.of());
        new MarkdownPageParser(new RawHtmlPolicy(true, java.util.List.of("b", "i", "sup", "sub", "span", "details", "summary", "div"), true), true, diagnostics)
                .parse(new SourcePage(FILE, frontMatter, body, 5), Map.of());
        diagnostics.sorted();
    }
}
