package org.handbook.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.handbook.config.RawHtmlPolicy;
import org.handbook.load.FrontMatter;
import org.handbook.load.SourcePage;
import org.handbook.model.Diagnostics;
import org.handbook.model.PageId;
import org.handbook.model.PageKind;
import org.handbook.model.SourcePosition;
import org.junit.jupiter.api.Test;

/** The text of each block that editions are compared by: everything a reader sees in it, or can follow. */
class TextBlocksTest {

    private static final Path FILE = Path.of("chapters/en/01-a.md");

    private static List<String> blocks(RawHtmlPolicy policy, String body) {
        FrontMatter frontMatter = new FrontMatter(new PageId("a"), "A", PageKind.CHAPTER, "", false, SourcePosition.of(FILE, 2, 5));
        return new MarkdownPageParser(policy, new Diagnostics()).parse(new SourcePage(FILE, frontMatter, body, 5), Map.of())
                .blocks().stream().map(block -> block.kind() + " " + block.text()).toList();
    }

    @Test
    void aLinkShowsItsAddressAfterItsTextUnlessItsTextIsItsAddress() {
        assertThat(blocks(RawHtmlPolicy.escape(), """
                Read [the treaty](https://treaties.example/ "In force") and https://auto.example/.

                Mail [us](mailto:desk@example.org), see [](xref:extradition#dual-criminality) and [terms](index:).
                """)).containsExactly(
                "PARAGRAPH Read the treaty <https://treaties.example/> \"In force\" and https://auto.example/.",
                "PARAGRAPH Mail us <mailto:desk@example.org>, see <xref:extradition#dual-criminality> and terms.");
    }

    @Test
    void anAddressIsOneUnitOfText() {
        assertThat(blocks(RawHtmlPolicy.escape(), "[a](<https://x.example/a b>) [c](https://x.example/?q=<d>)\n"))
                .containsExactly("PARAGRAPH a <https://x.example/a%20b> c <https://x.example/?q=%3Cd%3E>");
    }

    @Test
    void anImageShowsItsTextAlternativeAndItsFile() {
        assertThat(blocks(RawHtmlPolicy.escape(), "- ![A map](../../images/map.png) of the region\n"))
                .containsExactly("LIST_ITEM A map <../../images/map.png> of the region");
    }

    @Test
    void aCalloutIsComparedAsTheQuoteItIsWrittenAsAndATaskWithItsBox() {
        assertThat(blocks(RawHtmlPolicy.escape(), """
                > [!WARNING]
                > Deadlines run from the day of *arrest*.

                - [x] Sign it
                - [ ] Send it
                """)).containsExactly("QUOTE [!WARNING] Deadlines run from the day of arrest.",
                "LIST_ITEM [x] Sign it", "LIST_ITEM [ ] Send it");
    }

    @Test
    void rawHtmlReadsAsThePageShowsIt() {
        String body = "Text <abbr title=\"x\">UN</abbr> here.\n\n<div>A block</div>\n";
        assertThat(blocks(RawHtmlPolicy.escape(), body))
                .containsExactly("PARAGRAPH Text <abbr title=\"x\">UN</abbr> here.", "PARAGRAPH <div>A block</div>");
        assertThat(blocks(RawHtmlPolicy.clean(List.of("abbr")), body))
                .as("cleaned, tags show nothing of themselves").containsExactly("PARAGRAPH Text UN here.", "PARAGRAPH A block");
    }

    @Test
    void aFootnoteReferenceIsMarkedWithoutItsNumberAndAFootnoteNobodyRefersToIsNotShown() {
        assertThat(blocks(RawHtmlPolicy.escape(), """
                First[^b] and second[^a], first again[^B].

                [^a]: Note a.
                [^b]: Note b.
                [^unused]: Never shown.
                """)).containsExactly("PARAGRAPH First[*] and second[*], first again[*].", "FOOTNOTE Note a.",
                "FOOTNOTE Note b.");
    }
}
