package org.handbook.link;

import java.util.List;
import java.util.Optional;
import org.handbook.model.AnchorId;
import org.handbook.model.PageKind;
import org.handbook.model.Title;
import org.handbook.parse.Captioned;
import org.handbook.parse.Heading;
import org.handbook.parse.HtmlAnchor;
import org.handbook.parse.ParagraphNumbers;

/**
 * Names the places of a page the way a reader cites them: the page itself ("Chapter 4",
 * "Annex B", "Part II"; a sub-chapter as the section it is numbered as, "Section 4.1"), one of its sections ("Section 4.2"), numbered paragraphs ("paragraph 4.12") or
 * captioned tables ("Table 4.1") and figures ("Figure 4.1"); an anchor of raw HTML by the section it stands in.
 */
final class Places {

    private Places() {
    }

    /** The place {@code anchor} names in {@code page}, the page itself for the empty anchor; empty when there is none. */
    static Optional<ReferenceTarget> of(LinkedPage page, String anchor) {
        Title title = page.page().title();
        String number = page.number().orElse("");
        if (anchor.isEmpty()) {
            ReferenceTarget.Kind kind = page.page().frontMatter().kind().isLettered() ? ReferenceTarget.Kind.ANNEX
                    : page.isPart() ? ReferenceTarget.Kind.PART
                    : page.nesting().isSubchapter() ? ReferenceTarget.Kind.SECTION : ReferenceTarget.Kind.CHAPTER;
            return Optional.of(new ReferenceTarget(page.path(), "", kind, number, title, ""));
        }
        Optional<Integer> paragraph = ParagraphNumbers.numberOf(anchor)
                .filter(n -> n <= page.page().outline().paragraphs());
        if (paragraph.isPresent()) {
            return Optional.of(new ReferenceTarget(page.path(), anchor, ReferenceTarget.Kind.PARAGRAPH,
                    dotted(number, paragraph.get()), title, ""));
        }
        for (Heading heading : page.page().outline().headings()) {
            if (heading.id().value().equals(anchor)) {
                ReferenceTarget.Kind kind = page.page().frontMatter().kind() == PageKind.GLOSSARY
                        && page.page().outline().terms().contains(heading.id())
                        ? ReferenceTarget.Kind.TERM : ReferenceTarget.Kind.SECTION;
                return Optional.of(new ReferenceTarget(page.path(), anchor, kind,
                        page.sectionNumbers().getOrDefault(anchor, ""), Title.plain(heading.text()), ""));
            }
        }
        Optional<ReferenceTarget> captioned = numbered(page, anchor, page.page().outline().tables(), ReferenceTarget.Kind.TABLE)
                .or(() -> numbered(page, anchor, page.page().outline().figures(), ReferenceTarget.Kind.FIGURE));
        if (captioned.isPresent()) {
            return captioned;
        }
        for (HtmlAnchor written : page.page().outline().anchors()) {
            if (written.id().value().equals(anchor)) {
                // Cited as the section it stands in, leading to the anchor itself.
                return of(page, written.section().map(AnchorId::value).orElse("")).map(place -> at(place, anchor));
            }
        }
        return Optional.empty();
    }

    /** The table or figure of {@code captioned} with this anchor, numbered by its place among them. */
    private static Optional<ReferenceTarget> numbered(LinkedPage page, String anchor, List<? extends Captioned> captioned,
                                                      ReferenceTarget.Kind kind) {
        for (int i = 0; i < captioned.size(); i++) {
            if (captioned.get(i).id().value().equals(anchor)) {
                return Optional.of(new ReferenceTarget(page.path(), anchor, kind, dotted(page.number().orElse(""), i + 1),
                        Title.plain(captioned.get(i).caption()), ""));
            }
        }
        return Optional.empty();
    }

    /** The same place, with the address of a mark inside it: where an index entry leads. */
    static ReferenceTarget at(ReferenceTarget place, String anchor) {
        return new ReferenceTarget(place.path(), anchor, place.kind(), place.number(), place.title(), place.section());
    }

    /** "4.12" in chapter 4, "12" where chapters are not numbered. */
    static String dotted(String pageNumber, int number) {
        return pageNumber.isEmpty() ? String.valueOf(number) : pageNumber + "." + number;
    }
}
