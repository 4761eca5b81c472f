package org.handbook.render.theme;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.handbook.files.Digests;
import org.handbook.config.HandbookConfig;
import org.handbook.config.Language;
import org.handbook.model.Diagnostics;
import org.handbook.model.LanguageTag;
import org.handbook.model.SitePath;
import org.handbook.model.SourcePosition;
import org.handbook.render.template.DeadlineTemplates;
import org.handbook.render.template.FreemarkerTemplateEngine;
import org.handbook.render.template.PebbleTemplateEngine;
import org.handbook.render.template.TemplateEngine;
import org.handbook.text.SourceText;
import org.handbook.yaml.Spelling;
import org.handbook.yaml.YamlComposer;
import org.handbook.yaml.YamlMapping;

/**
 * Loads the theme a handbook is rendered with: the bundled default theme with the handbook's
 * {@code theme/} laid over it. A handbook whose {@code theme/templates/} holds Freemarker templates
 * is rendered with those alone, since the two languages cannot extend each other.
 */
public final class ThemeLoader {

    private static final String TEMPLATES = "templates/";
    private static final String ASSETS = "assets/";
    private static final String I18N = "i18n/";
    private static final String PRINT = "print/";

    private ThemeLoader() {
    }

    public static Theme load(HandbookConfig config, Diagnostics diagnostics) {
        Map<String, byte[]> own = ThemeFiles.ofHandbook(config.root(), diagnostics);
        Map<String, byte[]> bundled = ThemeFiles.bundled();
        Map<String, byte[]> files = new TreeMap<>(bundled);
        files.putAll(own);
        boolean freemarker = !templates(own, FreemarkerTemplateEngine.EXTENSIONS).isEmpty();
        TemplateEngine engine = freemarker
                ? new FreemarkerTemplateEngine(templates(own, FreemarkerTemplateEngine.EXTENSIONS))
                : new PebbleTemplateEngine(templates(files, List.of(PebbleTemplateEngine.EXTENSION)));
        config.theme().accent().ifPresent(accent -> files.computeIfPresent(ASSETS + Theme.MAIN_STYLESHEET,
                (name, bytes) -> AccentRule.appendTo(bytes, accent)));
        Map<String, Asset> assets = assets(files);
        config.theme().logo().filter(logo -> !assets.containsKey(logo)).ifPresent(logo -> diagnostics.error(
                config.theme().logoPosition(), "HB-CONFIG-THEME", "the logo '" + logo + "' is not in theme/assets/",
                "put the file at theme/assets/" + logo + ", or correct its name here"));
        return new Theme(new DeadlineTemplates(engine, DeadlineTemplates.PAGE_DEADLINE), assets, strings(bundled, own, config, diagnostics), print(files));
    }

    private static Map<String, byte[]> print(Map<String, byte[]> files) {
        Map<String, byte[]> print = new TreeMap<>();
        files.forEach((name, bytes) -> {
            if (name.startsWith(PRINT)) {
                print.put(name.substring(PRINT.length()), bytes);
            }
        });
        return print;
    }

    private static Map<String, String> templates(Map<String, byte[]> files, List<String> extensions) {
        Map<String, String> templates = new HashMap<>();
        files.forEach((name, bytes) -> {
            if (name.startsWith(TEMPLATES) && extensions.stream().anyMatch(name::endsWith)) {
                templates.put(name.substring(TEMPLATES.length()),
                        SourceText.normalise(new String(bytes, StandardCharsets.UTF_8)));
            }
        });
        return templates;
    }

    /**
     * Hashes every asset's name. Stylesheets are hashed last, after their {@code url(...)} references
     * to other assets have been rewritten to the hashed names, so a changed font changes the
     * stylesheet's name too.
     */
    private static Map<String, Asset> assets(Map<String, byte[]> files) {
        Map<String, Asset> assets = new TreeMap<>();
        Map<String, byte[]> stylesheets = new TreeMap<>();
        files.forEach((name, bytes) -> {
            if (name.startsWith(ASSETS)) {
                String assetName = name.substring(ASSETS.length());
                if (assetName.endsWith(".css")) {
                    stylesheets.put(assetName, StylesheetComments.strip(bytes));
                } else {
                    assets.put(assetName, new Asset(assetName, hashedPath(assetName, bytes), bytes));
                }
            }
        });
        Map<String, Asset> others = Map.copyOf(assets);
        stylesheets.forEach((name, bytes) -> {
            byte[] rewritten = StylesheetReferences.rewrite(name, bytes, others);
            assets.put(name, new Asset(name, hashedPath(name, rewritten), rewritten));
        });
        return assets;
    }

    /** "css/style.css" becomes "assets/css/style.0123456789.css". */
    static SitePath hashedPath(String assetName, byte[] content) {
        String hash = HexFormat.of().formatHex(Digests.sha256(content)).substring(0, 10);
        int slash = assetName.lastIndexOf('/');
        int dot = assetName.lastIndexOf('.');
        String hashed = dot > slash + 1
                ? assetName.substring(0, dot) + "." + hash + assetName.substring(dot)
                : assetName + "." + hash;
        return new SitePath("assets/" + hashed);
    }
    /**
     * A handbook's strings file is laid over the theme's of the same language key by key, so a
     * handbook may change one label and keep the rest.
     */
    private static UiStrings strings(Map<String, byte[]> bundled, Map<String, byte[]> own, HandbookConfig config,
                                     Diagnostics diagnostics) {
        Map<LanguageTag, Map<String, String>> byLanguage = new HashMap<>();
        List<LanguageTag> wanted = new ArrayList<>(config.languages().stream().map(Language::tag).toList());
        wanted.add(UiStrings.THEME_LANGUAGE);
        for (LanguageTag language : wanted) {
            String name = I18N + language.value() + ".yml";
            if (byLanguage.containsKey(language) || (!bundled.containsKey(name) && !own.containsKey(name))) {
                continue;
            }
            Map<String, String> strings = new HashMap<>();
            Optional.ofNullable(bundled.get(name)).ifPresent(bytes ->
                    strings.putAll(readStrings(Path.of("theme", name), bytes, diagnostics)));
            Optional.ofNullable(own.get(name)).ifPresent(bytes ->
                    strings.putAll(readStrings(Path.of("theme", name), bytes, diagnostics)));
            byLanguage.put(language, strings);
        }
        checkComplete(byLanguage, config, diagnostics);
        return new UiStrings(config.defaultLanguage().tag(), byLanguage);
    }

    /**
     * Every language has every string the theme defines; what a language lacks falls back, and is
     * listed here so that translators know what is left. A key the theme does not know is a typo.
     */
    private static void checkComplete(Map<LanguageTag, Map<String, String>> byLanguage, HandbookConfig config,
                                      Diagnostics diagnostics) {
        Set<String> keys = byLanguage.getOrDefault(UiStrings.THEME_LANGUAGE, Map.of()).keySet();
        String fallback = config.defaultLanguage().tag().value();
        for (Language language : config.languages()) {
            if (language.tag().equals(UiStrings.THEME_LANGUAGE)) {
                continue;
            }
            Path file = Path.of("theme", I18N + language.tag().value() + ".yml");
            Map<String, String> strings = byLanguage.get(language.tag());
            if (strings == null) {
                diagnostics.warning(SourcePosition.of(file), "HB-THEME-STRINGS-MISSING",
                        "no interface strings in " + language.name() + " (" + language.tag() + "): its pages show labels in "
                                + (language.equals(config.defaultLanguage()) ? "English" : fallback),
                        "add " + file.toString().replace('\\', '/') + " with the keys of the theme's en.yml");
                continue;
            }
            List<String> missing = keys.stream().filter(key -> !strings.containsKey(key)).sorted().toList();
            if (!missing.isEmpty()) {
                diagnostics.warning(SourcePosition.of(file), "HB-THEME-STRINGS-MISSING",
                        missing.size() + " interface string" + (missing.size() == 1 ? "" : "s") + " not translated: "
                                + String.join(", ", missing.stream().limit(8).toList()) + (missing.size() > 8 ? ", …" : ""),
                        "add them; until then they show in " + fallback);
            }
            strings.keySet().stream().filter(key -> !keys.isEmpty() && !keys.contains(key)).sorted().forEach(key ->
                    diagnostics.warning(SourcePosition.of(file), "HB-THEME-STRINGS-UNKNOWN",
                            "the theme has no string '" + key + "'",
                            Spelling.nearest(key, keys).map(near -> "did you mean '" + near + "'? ").orElse("")
                                    + "the keys are those of the theme's en.yml"));
        }
    }

    private static Map<String, String> readStrings(Path file, byte[] bytes, Diagnostics diagnostics) {
        Map<String, String> strings = new HashMap<>();
        Diagnostics local = new Diagnostics();
        Optional<String> decoded = SourceText.decode(bytes, file, local).map(SourceText::normalise);
        if (decoded.isEmpty()) {
            local.sorted().forEach(diagnostics::add);
            return strings;
        }
        // As in the handbook's own files: a typed control character is named where it is, not taken for bad YAML.
        String text = SourceText.withoutRefusedCharacters(decoded.get(), file, local);
        YamlComposer.compose(file, text, 1, local)
                .flatMap(node -> YamlMapping.of(node, "the UI strings", local))
                .ifPresent(mapping -> mapping.keys().forEach(key -> mapping.text(key).ifPresent(value -> strings.put(key, value))));
        local.sorted().forEach(diagnostics::add);
        if (strings.isEmpty() && !local.hasErrors()) {
            diagnostics.warning(SourcePosition.of(file), "HB-THEME-STRINGS", "this UI strings file has no strings",
                    "write one 'key: text' line per string");
        }
        return strings;
    }
}
