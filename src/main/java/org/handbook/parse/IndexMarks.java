package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;

/**
 * Finds the subject-index marks of a page and puts an anchor in each one's place, keeping the
 * marked text as ordinary text. A mark is a link with the {@code index:} scheme, so an unrendered
 * chapter still reads well:
 * <pre>
 * [dual criminality](index:)                              the entry is the text itself
 * [surrender](index: "extradition; surrender")            an entry, and a sub-entry under it
 * [](index: "seizure; see: freezing")                     a cross-reference, no page of its own
 * [](index: "confiscation; see also: proceeds of crime")  this place, and a "see also"
 * </pre>
 */
final class IndexMarks {

    static final String SCHEME = "index:";
    private static final String SEE = "see:";
    private static final String SEE_ALSO = "see also:";

    private final SourceLocator locator;
    private final Map<Node, String> ids;
    private final Diagnostics diagnostics;
    private final List<IndexMark> marks = new ArrayList<>();

    private IndexMarks(SourceLocator locator, Map<Node, String> ids, Diagnostics diagnostics) {
        this.locator = locator;
        this.ids = ids;
        this.diagnostics = diagnostics;
    }

    /**
     * Replaces every mark of {@code document} by an anchor followed by the marked text.
     *
     * @param ids the anchors of headings and numbered paragraphs, to place each mark
     */
    static List<IndexMark> replace(Node document, SourceLocator locator, Map<Node, String> ids, Diagnostics diagnostics) {
        IndexMarks finder = new IndexMarks(locator, ids, diagnostics);
        MarkLinks.in(document, SCHEME).forEach(finder::read);
        return finder.marks;
    }

    static boolean isMark(String destination) {
        return MarkLinks.isMark(destination, SCHEME);
    }

    private void read(Link link) {
        SourcePosition position = locator.of(link);
        String anchor = IndexMark.anchor(marks.size() + 1);
        String place = Places.of(link, ids);
        String text = PlainText.of(link);
        link.insertBefore(new IndexAnchor(anchor));
        MarkLinks.unwrap(link);
        String rest = link.getDestination().substring(SCHEME.length());
        if (!rest.isEmpty()) {
            diagnostics.error(position, "HB-INDEX-SYNTAX", "an index mark names its term in quotes, not after 'index:'",
                    "write [" + text + "](index:) to index the text itself, or [text](index: \""
                            + rest + "\") to index another term");
            return;
        }
        String title = link.getTitle() == null ? "" : link.getTitle().strip();
        List<String> terms = new ArrayList<>();
        String see = "";
        String seeAlso = "";
        boolean seesNothing = false;
        for (String part : (title.isEmpty() ? text : title).split(";")) {
            String words = part.strip().replaceAll("\\s+", " ");
            String lower = words.toLowerCase(Locale.ROOT);
            if (lower.startsWith(SEE_ALSO)) {
                seeAlso = words.substring(SEE_ALSO.length()).strip();
                seesNothing |= seeAlso.isEmpty();
            } else if (lower.startsWith(SEE)) {
                see = words.substring(SEE.length()).strip();
                seesNothing |= see.isEmpty();
            } else if (!words.isEmpty()) {
                terms.add(words);
            }
        }
        if (terms.isEmpty()) {
            diagnostics.error(position, "HB-INDEX-EMPTY", "this index mark names no term",
                    "mark some text, [dual criminality](index:), or name the term: [](index: \"dual criminality\")");
        } else if (terms.size() > 2) {
            diagnostics.error(position, "HB-INDEX-DEPTH", "index entries go two levels deep, this mark has " + terms.size(),
                    "keep an entry and one sub-entry: \"" + terms.get(0) + "; " + terms.get(1) + "\"");
        } else if (seesNothing) {
            diagnostics.error(position, "HB-INDEX-SEE", "this 'see' names no term",
                    "name the term the reader should look up: \"" + terms.get(0) + "; see also: other term\"");
        } else {
            marks.add(new IndexMark(terms.get(0), terms.size() > 1 ? terms.get(1) : "", see, seeAlso, anchor, place,
                    position));
        }
    }
}
