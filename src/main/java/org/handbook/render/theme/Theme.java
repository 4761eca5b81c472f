package org.handbook.render.theme;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.handbook.render.template.TemplateEngine;

/** A loaded theme: its templates, its assets by name, its UI strings. */
public record Theme(TemplateEngine templates, Map<String, Asset> assets, UiStrings strings) {

    public Theme {
        // Sorted: a template may iterate the assets, and output must not depend on hash order.
        assets = Collections.unmodifiableSortedMap(new TreeMap<>(assets));
    }
}
