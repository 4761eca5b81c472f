package org.handbook.render.theme;

import java.util.Map;
import org.handbook.render.template.TemplateEngine;

/** A loaded theme: its templates, its assets by name, its UI strings. */
public record Theme(TemplateEngine templates, Map<String, Asset> assets, UiStrings strings) {

    public Theme {
        assets = Map.copyOf(assets);
    }
}
