package org.handbook;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.handbook.model.Progress;

/**
 * The whole pipeline, not only its parsers: a handbook with cross-reference targets, a glossary,
 * an annex, an image and a country profile gets one more chapter whose body is fuzzed, and is built
 * into a site (as a preview: pages, without print and search). Whatever the body holds, the build
 * ends in a site or in diagnostics; any exception is a finding. Plain {@code mvn verify} replays the
 * inputs kept in {@code WholeBuildFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class WholeBuildFuzzTest {

    private static final String FRONT_MATTER = "---\nid: fuzzed\ntitle: Fuzzed\nparagraphs: numbered\n---\n\n";

    private static Path handbook;
    private static Path site;

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"[](xref:requests#before-a-request)", "[](xref:extradition#p2)", "[](annex:A)", "[](country:XA#mla)",
            "[](glossary:central-authority)", "[x](index:)", "[](index: \"a; see: b\")", "![map](../../images/request-route.png)",
            "](", "![", "[^", "]: ", "{#", "%", "%5C", "\\", "//", "https:", "https://", "javascript:", "../", "#p1", "Table: ",
            "| --- |", "```country-table", "fields: [mla.dualCriminality]", "<img src=x>", "\uE002", "\uE003", "\uE005", "\uE006",
            "> [!NOTE]\n", "[!WARNING]", "\n>", "- [ ] ", "- [x] ", "\uE004"})
    void anyChapterEndsInASiteOrInDiagnostics(@NotNull String body) throws Exception {
        Path folder = handbook();
        TestHandbooks.write(folder.resolve("chapters/en/05-fuzzed.md"), FRONT_MATTER + body);
        // An exception of any kind, a refused output folder included, is a finding: content must end in diagnostics.
        Handbook.build(BuildRequest.build(folder, Optional.of(site)).asPreview(), Progress.NONE);
    }

    private static synchronized Path handbook() {
        if (handbook == null) {
            try {
                Path workspace = Files.createTempDirectory("whole-build-fuzz");
                handbook = TestHandbooks.copy("references", workspace);
                Path countries = TestHandbooks.fixture("countries").resolve("countries");
                Files.createDirectories(handbook.resolve("countries"));
                for (String file : new String[] {"XA.yml", "schema.json"}) {
                    Files.writeString(handbook.resolve("countries").resolve(file),
                            Files.readString(countries.resolve(file), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                }
                site = workspace.resolve("site");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return handbook;
    }
}
