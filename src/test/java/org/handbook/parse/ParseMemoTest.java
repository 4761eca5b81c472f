package org.handbook.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handbook.TestHandbooks;
import org.handbook.config.ConfigLoader;
import org.handbook.load.Loader;
import org.handbook.model.Diagnostic;
import org.handbook.model.Diagnostics;
import org.handbook.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build after a build reuses the pages whose inputs did not change, and reports their problems again. */
class ParseMemoTest {

    @Test
    void onlyTheChangedPageIsParsedAgainAndEveryProblemIsStillReported(@TempDir Path workspace) throws Exception {
        Path handbook = TestHandbooks.copy("minimal", workspace);
        Path channels = handbook.resolve("chapters/en/02-channels.md");
        Files.writeString(channels, Files.readString(channels) + "\nRaw <b>bold</b> here.\n");
        ParseMemo memo = new ParseMemo();

        Diagnostics firstProblems = new Diagnostics();
        ParsedHandbook first = parse(handbook, memo, firstProblems);
        Path introduction = handbook.resolve("chapters/en/01-introduction.md");
        Files.writeString(introduction, Files.readString(introduction).replace("A paragraph in the scope section.",
                "A changed paragraph in the scope section."));
        Diagnostics secondProblems = new Diagnostics();
        ParsedHandbook second = parse(handbook, memo, secondProblems);

        assertThat(page(second, "channels")).as("unchanged: the same parse").isSameAs(page(first, "channels"));
        assertThat(page(second, "introduction")).isNotSameAs(page(first, "introduction"));
        assertThat(page(second, "introduction").html()).contains("A changed paragraph");
        assertThat(secondProblems.sorted()).extracting(Diagnostic::code).contains("HB-MD-RAW-HTML")
                .isEqualTo(firstProblems.sorted().stream().map(Diagnostic::code).toList());
        assertThat(second).as("the same as parsing afresh").isEqualTo(Parser.parse(Loader.load(
                ConfigLoader.load(handbook, new Diagnostics()).orElseThrow(), new Diagnostics()), new Diagnostics(), Progress.NONE,
                new ParseMemo()));
    }

    private static ParsedHandbook parse(Path handbook, ParseMemo memo, Diagnostics diagnostics) {
        return Parser.parse(Loader.load(ConfigLoader.load(handbook, diagnostics).orElseThrow(), diagnostics), diagnostics,
                Progress.NONE, memo);
    }

    private static ParsedPage page(ParsedHandbook handbook, String id) {
        List<ParsedPage> pages = handbook.books().get(0).pages();
        return pages.stream().filter(page -> page.frontMatter().id().value().equals(id)).findFirst().orElseThrow();
    }
}
