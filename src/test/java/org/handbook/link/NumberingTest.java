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
                Title.plain("X"), new Outline(List.of()), "", List.of(), List.of(), List.of(), List.of(), List.of(),
                new SourceFingerprint("000000000000", java.util.Map.of()), List.of(), List.of());
    }

    /** A chapter with these headings, placed with the number it was given. */
    private static LinkedPage chapter(String number, Heading... headings) {
        Path file = Path.of("chapters/en/01-x/index.md");
        ParsedPage page = new ParsedPage(file, new FrontMatter(new PageId("x"), "X", PageKind.CHAPTER, "", false,
                SourcePosition.of(file)), Title.plain("X"), new Outline(List.of(headings)), "", List.of(), List.of(), List.of(),
                List.of(), List.of(), new SourceFingerprint("000000000000", java.util.Map.of()), List.of(), List.of());
        return new LinkedPage(page, new org.handbook.model.SitePath("en/1/x/index.html"), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.of(number), java.util.Map.of(), TranslationState.original(
                new org.handbook.model.LanguageTag("en")), Nesting.TOP);
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
    void partsAreNumberedInRomanNumeralsAndChaptersRunOnAcrossThem() {
        Numbering numbering = new Numbering(3);
        assertThat(List.of(numbering.next(page(PageKind.CHAPTER)), numbering.next(page(PageKind.PART)),
                numbering.next(page(PageKind.CHAPTER)), numbering.next(page(PageKind.CHAPTER)), numbering.next(page(PageKind.PART)),
                numbering.next(page(PageKind.CHAPTER)), numbering.next(page(PageKind.ANNEX))))
                .extracting(number -> number.orElseThrow()).containsExactly("1", "I", "2", "3", "II", "4", "A");
        assertThat(List.of(1, 4, 9, 14, 40, 1994)).extracting(Numbering::roman)
                .containsExactly("I", "IV", "IX", "XIV", "XL", "MCMXCIV");
    }

    @Test
    void subChaptersAreNumberedAfterTheirChaptersOwnSectionsAndTheirSectionsOneLevelDeeper() {
        Numbering numbering = new Numbering(3);
        LinkedPage withSections = chapter("4", heading(2, "a"), heading(3, "a1"), heading(2, "b"));
        assertThat(List.of(numbering.next(page(PageKind.CHAPTER), java.util.Optional.of(withSections)),
                numbering.next(page(PageKind.CHAPTER), java.util.Optional.of(withSections))))
                .extracting(number -> number.orElseThrow()).as("after 4.1 and 4.2").containsExactly("4.3", "4.4");
        LinkedPage without = chapter("5");
        assertThat(numbering.next(page(PageKind.CHAPTER), java.util.Optional.of(without))).contains("5.1");
        List<Heading> headings = List.of(heading(2, "a"), heading(3, "a1"), heading(2, "b"));
        assertThat(numbering.sections("4.3", headings, true)).as("depth 3 reaches a sub-chapter's ## only")
                .containsOnly(entry("a", "4.3.1"), entry("b", "4.3.2"));
        assertThat(new Numbering(4).sections("4.3", headings, true))
                .containsOnly(entry("a", "4.3.1"), entry("a1", "4.3.1.1"), entry("b", "4.3.2"));
        assertThat(new Numbering(1).next(page(PageKind.CHAPTER), java.util.Optional.of(without)))
                .as("depth 1 numbers chapters, not what is below them").isEmpty();
    }

    @Test
    void depthZeroNumbersNothing() {
        assertThat(new Numbering(0).next(page(PageKind.CHAPTER))).isEmpty();
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }
}
