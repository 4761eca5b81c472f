package org.handbook.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.handbook.model.Diagnostic;
import org.handbook.model.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextTest {

    @Test
    void dropsTheBomAndReadsCrlfAndCrAsLf() {
        assertThat(SourceText.normalise("\uFEFFone\r\ntwo\rthree\n")).isEqualTo("one\ntwo\nthree\n");
    }

    @Test
    void composesToNfc() {
        String decomposed = "Vie\u0302\u0323t";
        assertThat(SourceText.normalise(decomposed)).isEqualTo("Việt").hasSize(4);
    }

    @Test
    void reportsTheLineAndColumnOfBytesThatAreNotUtf8(@TempDir Path root) throws Exception {
        Files.write(root.resolve("a.md"), "first\nsecond ok \u00e9\nthird \u00ff".getBytes(StandardCharsets.ISO_8859_1));
        Diagnostics diagnostics = new Diagnostics();
        assertThat(SourceText.read(root, Path.of("a.md"), diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::position).extracting(Object::toString)
                .containsExactly("a.md:2:11");
    }

    @Test
    void refusesFilesThatLeadOutsideTheHandbook(@TempDir Path workspace) throws Exception {
        Path root = Files.createDirectories(workspace.resolve("handbook"));
        Path secret = Files.writeString(workspace.resolve("secret.txt"), "not for publication");
        Files.createSymbolicLink(root.resolve("chapter.md"), secret);
        Diagnostics diagnostics = new Diagnostics();
        assertThat(SourceText.read(root, Path.of("chapter.md"), diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("HB-FILE-OUTSIDE");
    }

    @Test
    void reportsEachControlCharacterAtItsPlaceAndReadsTheRestWithoutIt(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("a.md"), "tab\tis fine\r\na bell \u0007, a DEL \u007f\nand C1 \u0085.\n",
                StandardCharsets.UTF_8);
        Diagnostics diagnostics = new Diagnostics();

        assertThat(SourceText.read(root, Path.of("a.md"), diagnostics))
                .contains("tab\tis fine\na bell , a DEL \nand C1 .\n");
        assertThat(diagnostics.sorted()).extracting(diagnostic -> diagnostic.position() + " " + diagnostic.message())
                .containsExactly("a.md:2:8 an invisible control character, U+0007 BEL, is here",
                        "a.md:2:17 an invisible control character, U+007F DELETE, is here",
                        "a.md:3:8 an invisible control character, U+0085 NEXT LINE (NEL), is here");
    }

    @Test
    void aRunOfRefusedCharactersIsOnePlaceAndAFileFullOfThemGivesElevenMessages() {
        Diagnostics diagnostics = new Diagnostics();
        String text = "ok \u0001\u0001\u0001 run\n" + "x\u0002\n".repeat(5_000);

        String kept = SourceText.withoutRefusedCharacters(text, Path.of("chapters/en/01-a.md"), diagnostics);

        assertThat(kept).isEqualTo("ok  run\n" + "x\n".repeat(5_000));
        assertThat(diagnostics.sorted()).hasSize(RefusedCharacters.MAX_REPORTED + 1);
        assertThat(diagnostics.sorted().get(0).position().toString()).isEqualTo("chapters/en/01-a.md:1:4");
        assertThat(diagnostics.sorted()).last().satisfies(last -> {
            assertThat(last.position().toString()).isEqualTo("chapters/en/01-a.md:11:2");
            assertThat(last.message()).isEqualTo("4,991 more places from here on hold characters no text may hold");
        });
    }

}
