package org.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;

/**
 * Finds the authority marks of a page and keeps the marked text as ordinary text. The table of
 * authorities leads to the paragraph or section a mark is in, which the page has an anchor for
 * already: a mark adds nothing to the page a reader downloads. A mark is a link with the {@code authority:} scheme, in the text or in a
 * footnote, so an unrendered chapter still reads well:
 * <pre>
 * [Extradition Act](authority: "TH; Extradition Act, B.E. 2551 (2008)")   a State's law: its code; its name
 * [the Convention](authority: "UNTOC")                                     an instrument the profiles record, by its key
 * [ASEAN Treaty on Extradition](authority:)                               an international instrument: the text is its name
 * [](authority: "ASEAN Treaty on Extradition (2025)")                     the place alone, no text marked
 * </pre>
 * Whether the State and the name are known is for the table of authorities to say, which sees
 * every mark of the book and the country profiles.
 */
final class AuthorityMarks {

    static final String SCHEME = "authority:";
    private static final Pattern STATE = Pattern.compile("[A-Za-z]{2}");
    /** A mark on one line: its text (which may hold brackets one level deep), the scheme, an optional quoted name. */
    private static final Pattern WRITTEN_MARK = Pattern.compile(
            "\\[((?:[^\\[\\]]|\\[[^\\]]*\\])*)\\]\\((?i:authority:)\\s*(?:\"[^\"]*\"|'[^']*')?\\s*\\)");

    private final SourceLocator locator;
    private final Map<Node, String> ids;
    private final Diagnostics diagnostics;
    private final List<AuthorityMark> marks = new ArrayList<>();

    private AuthorityMarks(SourceLocator locator, Map<Node, String> ids, Diagnostics diagnostics) {
        this.locator = locator;
        this.ids = ids;
        this.diagnostics = diagnostics;
    }

    /**
     * Replaces every mark of {@code document} by the marked text.
     *
     * @param ids the anchors of headings and numbered paragraphs, to place each mark
     */
    static List<AuthorityMark> replace(Node document, SourceLocator locator, Map<Node, String> ids, Diagnostics diagnostics) {
        AuthorityMarks finder = new AuthorityMarks(locator, ids, diagnostics);
        MarkLinks.in(document, SCHEME).forEach(finder::read);
        return finder.marks;
    }

    static boolean isMark(String destination) {
        return MarkLinks.isMark(destination, SCHEME);
    }

    /**
     * A line of Markdown as a translator reads it, its authority marks reduced to their text: a mark
     * records what the text already says, so marking a chapter leaves its translations up to date.
     */
    static String withoutMarks(String line) {
        return line.contains("](") ? WRITTEN_MARK.matcher(line).replaceAll("$1") : line;
    }

    private void read(Link link) {
        SourcePosition position = locator.of(link);
        String place = Places.of(link, ids);
        String text = PlainText.of(link);
        MarkLinks.unwrap(link);
        String rest = link.getDestination().substring(SCHEME.length());
        if (!rest.isEmpty()) {
            diagnostics.error(position, "HB-AUTHORITY-SYNTAX", "an authority mark names the authority in quotes, not after 'authority:'",
                    "write [" + text + "](authority: \"" + rest + "\"), or [" + text + "](authority: \"TH; " + rest
                            + "\") for a State's law");
            return;
        }
        String title = link.getTitle() == null ? "" : link.getTitle().strip();
        String written = (title.isEmpty() ? text : title).replaceAll("\\s+", " ").strip();
        int semicolon = written.indexOf(';');
        String state = semicolon > 0 && STATE.matcher(written.substring(0, semicolon).strip()).matches()
                ? written.substring(0, semicolon).strip().toUpperCase(Locale.ROOT) : "";
        String name = state.isEmpty() ? written : written.substring(semicolon + 1).strip();
        if (name.isEmpty()) {
            diagnostics.error(position, "HB-AUTHORITY-EMPTY", "this authority mark names no authority",
                    "name it after the State's code, [Extradition Act](authority: \"TH; Extradition Act, B.E. 2551 (2008)\"),"
                            + " or, for a treaty, mark its name: [ASEAN Treaty on Extradition](authority:)");
            return;
        }
        marks.add(new AuthorityMark(state, name, place, position));
    }
}
