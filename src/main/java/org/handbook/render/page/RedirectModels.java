package org.handbook.render.page;

import java.util.LinkedHashMap;
import java.util.Map;
import org.handbook.link.ReferenceTarget;
import org.handbook.model.LanguageTag;
import org.handbook.model.SitePath;
import org.handbook.render.theme.Theme;

/**
 * The template model of a redirect: {@code lang}, {@code target} (the address it sends readers to,
 * relative to its own), {@code t}, {@code moved} (whether it is the old address of a moved page)
 * and {@code place}, the name of where a moved page went ("Section 2.1, Dual criminality"; empty
 * for other redirects).
 */
public final class RedirectModels {

    private final Theme theme;

    public RedirectModels(Theme theme) {
        this.theme = theme;
    }

    /** A page that sends the reader on to {@code target}, for stable addresses such as {@code /en/latest/}. */
    public Map<String, Object> redirect(LanguageTag language, SitePath self, SitePath target) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", language.value());
        model.put("target", target.hrefFrom(self));
        model.put("t", theme.strings().forLanguage(language));
        model.put("moved", false);
        model.put("place", "");
        return model;
    }

    /** The old address of a moved page, at {@code self}, sending the reader on to where it went. */
    public Map<String, Object> moved(LanguageTag language, SitePath self, ReferenceTarget target) {
        Map<String, String> strings = theme.strings().forLanguage(language);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", language.value());
        model.put("target", target.hrefFrom(self));
        model.put("t", strings);
        model.put("moved", true);
        model.put("place", new PlaceNames(strings).name(target));
        return model;
    }
}
