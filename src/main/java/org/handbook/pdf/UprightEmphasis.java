package org.handbook.pdf;

import org.handbook.pdf.shape.ComplexScripts;
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

    private UprightEmphasis() {
    }

    static void mark(Element root) {
        for (Element element : root.select(ITALIC)) {
            // The scripts that need shaping are the ones without an italic face.
            if (ComplexScripts.needsShaping(element.text())) {
                element.addClass(CLASS);
            }
        }
    }
}
