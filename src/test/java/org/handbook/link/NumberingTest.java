package org.handbook.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.handbook.load.FrontMatter;
import org.handbook.model.AnchorId;
import org.handbook.model.PageId;
import org.handbook.model.PageKind;
import org.handbook.model.SourcePosition;
import org.handbook.model.Title;
import org.handbook.parse.Heading;
import org.handbook.parse.Outline;
import org.handbook.parse.ParsedPage;
import org.handbook.parse.SourceFingerprint;
import org.junit.jupiter.api.Test;

class NumberingTest {

    private static ParsedPage page(PageKind kind) {
        Path file = Path.of("chapters/en/01-x.md");
        return new ParsedPage(file, new FrontMatter(new PageId("x"), "X", kind, "", false, SourcePosition.of(file)),
                Title.plain("X"), new Outline(List.of()), "", List.of(), List.of(), List.of(), List.of(),
                new SourceFingerprint("000000000000", java.util.Map.of()), List.of(), List.of());
    }

    private static Heading heading(int level, String id) {
        return new Heading(level, new AnchorId(id), id, SourcePosition.of(Path.of("f.md")));
    }

    @Test
    void chaptersCountOnAndAnnexesAreLettered() {
        Numbering numbering = new Numbering(3);
        assertThat(List.of(numbering.next(page(PageKind.CHAPTER)), numbering.next(page(PageKind.ANNEX)),
                numbering.next(page(PageKind.CHAPTER)), numbering.next(page(PageKind.ANNEX)),
                numbering.next(page(PageKind.GLOSSARY))))
                .extracting(number -> number.orElseThrow()).containsExactly("1", "A", "2", "B", "C");
        assertThat(Numbering.letters(26)).isEqualTo("Z");
        assertThat(Numbering.letters(27)).isEqualTo("AA");
    }

    @Test
    void sectionsAreNumberedBelowTheirPageAsDeepAsAsked() {
        List<Heading> headings = List.of(heading(2, "a"), heading(3, "a1"), heading(4, "a1x"), heading(3, "a2"),
                heading(2, "b"), heading(3, "b1"));
        assertThat(new Numbering(3).sections("4", headings)).containsOnly(
                entry("a", "4.1"), entry("a1", "4.1.1"), entry("a2", "4.1.2"), entry("b", "4.2"), entry("b1", "4.2.1"));
        assertThat(new Numbering(2).sections("B", headings)).containsOnly(entry("a", "B.1"), entry("b", "B.2"));
    }

    @Test
    void depthZeroNumbersNothing() {
        assertThat(new Numbering(0).next(page(PageKind.CHAPTER))).isEmpty();
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }
}
