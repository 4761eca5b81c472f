package org.handbook.pdf;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Marks emphasis in Thai, Lao, Khmer and Myanmar text, so that the print template sets it upright
 * (in bold): these scripts have no italic, and the engine would fake one by slanting letters whose
 * readers see a distortion there, not emphasis. Emphasis in other scripts keeps its italic face.
 */
final class UprightEmphasis {

    /** The class the print template styles. */
    static final String CLASS = "upright-emphasis";
    /** The elements set in italic unless a style says otherwise. */
    private static final String ITALIC = "em, i, cite, dfn, var, address";
    private static final Set<Character.UnicodeScript> WITHOUT_ITALIC = Set.of(Character.UnicodeScript.THAI,
            Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER, Character.UnicodeScript.MYANMAR);

    private UprightEmphasis() {
    }

    static void mark(Element root) {
        for (Element element : root.select(ITALIC)) {
            if (element.text().codePoints().anyMatch(c -> WITHOUT_ITALIC.contains(Character.UnicodeScript.of(c)))) {
                element.addClass(CLASS);
            }
        }
    }
}
