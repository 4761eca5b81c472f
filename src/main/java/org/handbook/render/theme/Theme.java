package org.handbook.render.theme;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.handbook.render.template.TemplateEngine;

/**
 * A loaded theme: its templates, its assets by name, its UI strings, and the files print needs
 * that the site does not serve ({@code print/}: fonts to embed in PDFs), by name under that folder.
 */
public record Theme(TemplateEngine templates, Map<String, Asset> assets, UiStrings strings, Map<String, byte[]> print) {

    /** The stylesheet every page links, under {@code theme/assets/}. */
    public static final String MAIN_STYLESHEET = "style.css";

    public Theme {
        // Sorted: a template may iterate the assets, and output must not depend on hash order.
        assets = Collections.unmodifiableSortedMap(new TreeMap<>(assets));
        print = Collections.unmodifiableSortedMap(new TreeMap<>(print));
    }
}
