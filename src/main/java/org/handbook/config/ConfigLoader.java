package org.handbook.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.handbook.model.Diagnostics;
import org.handbook.model.EditionId;
import org.handbook.model.LanguageTag;
import org.handbook.model.SourcePosition;
import org.handbook.text.SourceText;
import org.handbook.yaml.YamlComposer;
import org.handbook.yaml.YamlMapping;
import org.handbook.yaml.YamlNode;

/** Reads and checks {@code handbook.yml}. */
public final class ConfigLoader {

    private static final Path FILE = Path.of(HandbookConfig.FILE_NAME);
    private static final String CODE = "HB-CONFIG";
    private static final Path DEFAULT_OUTPUT = Path.of("target", "site");

    private final Path root;
    private final Diagnostics diagnostics;

    private ConfigLoader(Path root, Diagnostics diagnostics) {
        this.root = root;
        this.diagnostics = diagnostics;
    }

    /**
     * Loads the configuration of the handbook at {@code root}. Returns empty when it cannot be used,
     * with the reasons in {@code diagnostics}; text read without a stray control character is used,
     * so the rest of the handbook is checked in the same run, while its error keeps the build from
     * publishing.
     */
    public static Optional<HandbookConfig> load(Path root, Diagnostics diagnostics) {
        return new ConfigLoader(root.toAbsolutePath().normalize(), diagnostics).load();
    }

    private Optional<HandbookConfig> load() {
        Diagnostics reading = new Diagnostics();
        Diagnostics local = new Diagnostics();
        Optional<YamlNode> document = SourceText.read(root, FILE, reading)
                .flatMap(text -> YamlComposer.compose(FILE, text, 1, reading));
        Optional<HandbookConfig> config = document
                .flatMap(node -> YamlMapping.of(node, HandbookConfig.FILE_NAME, local))
                .flatMap(mapping -> read(mapping, local));
        if (config.isEmpty() && !local.hasErrors() && !reading.hasErrors()) {
            local.error(SourcePosition.of(FILE, 1, 1), CODE + "-EMPTY", "handbook.yml is empty",
                    "give at least 'title', 'languages' and 'editions'; src/site/markdown/configuration.md shows a complete example");
        }
        reading.sorted().forEach(diagnostics::add);
        local.sorted().forEach(diagnostics::add);
        return local.hasErrors() || document.isEmpty() ? Optional.empty() : config;
    }

    private Optional<HandbookConfig> read(YamlMapping top, Diagnostics local) {
        top.rejectUnknownKeys(Set.of("title", "baseUrl", "languages", "editions", "repository", "markdown", "output",
                "countries", "numbering", "pdf", "epub", "check", "description", "theme", "redirects"));
        List<Language> languages = languages(top, local);
        Map<LanguageTag, String> titles = titles(top, languages, local);
        Map<LanguageTag, String> descriptions = perLanguage(top, "description", languages, local);
        List<Edition> editions = editions(top, languages, local);
        Optional<String> editUrl = top.mapping("repository").flatMap(repository -> editUrl(repository, local));
        Optional<String> baseUrl = top.text("baseUrl").flatMap(url -> baseUrl(url, top.positionOf("baseUrl"), local));
        RawHtmlPolicy rawHtml = top.mapping("markdown").map(markdown -> rawHtml(markdown, local))
                .orElse(RawHtmlPolicy.escape());
        Path output = top.mapping("output").flatMap(folder -> OutputFolder.read(folder, root, local)).orElse(DEFAULT_OUTPUT);
        int staleAfterYears = top.mapping("countries").flatMap(countries -> staleAfterYears(countries, local))
                .orElse(HandbookConfig.DEFAULT_STALE_AFTER_YEARS);
        int numberingDepth = top.mapping("numbering").flatMap(numbering -> numberingDepth(numbering, local))
                .orElse(HandbookConfig.DEFAULT_NUMBERING_DEPTH);
        PdfSettings pdf = top.mapping("pdf").map(settings -> pdf(settings, languages, editions, local))
                .orElse(PdfSettings.none());
        EpubSettings epub = top.mapping("epub").map(settings -> epub(settings, languages, editions, local))
                .orElse(EpubSettings.none());
        List<IgnoredWarning> ignored = top.mapping("check").map(check -> IgnoredWarningsReader.read(check, local)).orElse(List.of());
        ThemeSettings theme = top.mapping("theme").map(settings -> ThemeSettingsReader.read(settings, local))
                .orElse(ThemeSettings.none());
        List<Redirect> redirects = top.mapping("redirects").map(moved -> RedirectsReader.read(moved, local)).orElse(List.of());
        if (local.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new HandbookConfig(root, titles, languages, editions, editUrl, baseUrl, output, rawHtml,
                staleAfterYears, numberingDepth, pdf, epub, ignored, descriptions, theme, redirects));
    }

    private List<Language> languages(YamlMapping top, Diagnostics local) {
        if (top.get("languages").isEmpty()) {
            top.reportMissing("languages", "a list of BCP 47 language tags, the default first (for example [en, th])");
            return List.of();
        }
        List<Language> languages = new ArrayList<>();
        Set<LanguageTag> seen = new HashSet<>();
        for (YamlNode item : top.list("languages").orElse(List.of())) {
            Optional<LanguageTag> tag = item.isScalar() ? LanguageTag.parse(item.text().strip()) : Optional.empty();
            if (tag.isEmpty()) {
                local.error(item.position(), CODE + "-LANGUAGE",
                        "'" + (item.isScalar() ? item.text() : item.describe()) + "' is not a BCP 47 language tag",
                        "use a tag such as en, th, km, lo, my, vi, id, ms or fil");
            } else if (!tag.get().isKnownLanguage()) {
                local.error(item.position(), CODE + "-LANGUAGE", "'" + tag.get() + "' is well formed, but names no"
                                + " language the locale data knows",
                        "use the tag of a language, such as en, th, km, lo, my, vi, id, ms or fil");
            } else if (!seen.add(tag.get())) {
                local.error(item.position(), CODE + "-LANGUAGE", "language '" + tag.get() + "' is listed twice",
                        "list each language once");
            } else {
                languages.add(new Language(tag.get(), tag.get().nativeName()));
            }
        }
        if (languages.isEmpty() && top.list("languages").map(List::isEmpty).orElse(false)) {
            local.error(top.positionOf("languages"), CODE + "-LANGUAGE", "no language is declared",
                    "list at least one language, the default first");
        }
        return languages;
    }

    /** The handbook's title: a text in the default language, or a text per language. */
    private Map<LanguageTag, String> titles(YamlMapping top, List<Language> languages, Diagnostics local) {
        if (top.get("title").isEmpty()) {
            top.reportMissing("title", "the handbook's title, or a title per language");
            return new LinkedHashMap<>();
        }
        return perLanguage(top, "title", languages, local);
    }

    /**
     * A text written once, in the default language, or once per language ({@code en: …, th: …});
     * the default language must have one.
     */
    static Map<LanguageTag, String> perLanguage(YamlMapping mapping, String key, List<Language> languages,
                                                Diagnostics local) {
        Map<LanguageTag, String> texts = new LinkedHashMap<>();
        Optional<YamlNode> value = mapping.get(key);
        if (value.isEmpty() || languages.isEmpty()) {
            return texts;
        }
        LanguageTag defaultLanguage = languages.get(0).tag();
        if (value.get().isScalar()) {
            mapping.text(key).ifPresent(text -> texts.put(defaultLanguage, text));
            return texts;
        }
        YamlMapping perLanguage = mapping.mapping(key).orElse(null);
        if (perLanguage == null) {
            return texts;
        }
        Set<LanguageTag> declared = new HashSet<>(languages.stream().map(Language::tag).toList());
        for (String language : perLanguage.keys()) {
            Optional<LanguageTag> tag = LanguageTag.parse(language).filter(declared::contains);
            if (tag.isEmpty()) {
                local.error(perLanguage.positionOf(language), CODE + "-LANGUAGE",
                        key + " is given for '" + language + "', which is not a declared language",
                        "declare it under 'languages' or remove this " + key);
            } else {
                perLanguage.text(language).ifPresent(text -> texts.put(tag.get(), text));
            }
        }
        if (!texts.containsKey(defaultLanguage)) {
            local.error(mapping.positionOf(key), CODE + "-TITLE",
                    "the " + key + " has no text in the default language '" + defaultLanguage + "'",
                    "add '" + defaultLanguage + ": ...' under '" + key + "'");
            return texts;
        }
        // The default language's text first: it stands in for the languages that have none.
        Map<LanguageTag, String> ordered = new LinkedHashMap<>();
        ordered.put(defaultLanguage, texts.get(defaultLanguage));
        ordered.putAll(texts);
        return ordered;
    }

    private List<Edition> editions(YamlMapping top, List<Language> languages, Diagnostics local) {
        if (top.get("editions").isEmpty()) {
            top.reportMissing("editions", "a list of editions (id, title, status), one of them 'status: current'");
            return List.of();
        }
        List<Edition> editions = new ArrayList<>();
        Set<EditionId> seen = new HashSet<>();
        List<YamlNode> items = top.list("editions").orElse(List.of());
        for (YamlNode item : items) {
            YamlMapping.of(item, "an edition", local).flatMap(mapping -> edition(mapping, languages, local)).ifPresent(edition -> {
                if (seen.add(edition.id())) {
                    editions.add(edition);
                } else {
                    local.error(item.position(), CODE + "-EDITION", "edition '" + edition.id() + "' is declared twice",
                            "give each edition its own id");
                }
            });
        }
        long current = editions.stream().filter(Edition::isCurrent).count();
        boolean allRead = editions.size() == items.size();
        if (current > 1 || current == 0 && allRead) {
            local.error(top.positionOf("editions"), CODE + "-EDITION",
                    current == 0 ? "no edition has 'status: current'" : current + " editions have 'status: current'",
                    "mark exactly one edition, the one built from chapters/, with 'status: current'");
        }
        return editions;
    }

    private Optional<Edition> edition(YamlMapping mapping, List<Language> languages, Diagnostics local) {
        mapping.rejectUnknownKeys(Set.of("id", "title", "date", "status", "isbn"));
        Optional<EditionId> id = mapping.requiredText("id").flatMap(text -> {
            if (EditionId.isWellFormed(text)) {
                return Optional.of(new EditionId(text));
            }
            local.error(mapping.positionOf("id"), CODE + "-EDITION", "'" + text + "' is not a valid edition id",
                    "use lower-case letters, digits, '.', '-' or '_' (for example \"2026\"), and not 'latest'");
            return Optional.empty();
        });
        if (mapping.get("title").isEmpty()) {
            mapping.reportMissing("title", "the edition's title, or a title per language");
        }
        Map<LanguageTag, String> titles = perLanguage(mapping, "title", languages, local);
        Map<LanguageTag, String> isbn = perLanguage(mapping, "isbn", languages, local);
        isbn.values().stream().filter(number -> !Isbn.isValid(number)).forEach(number -> local.error(mapping.positionOf("isbn"),
                CODE + "-ISBN", "'" + number + "' is not a valid ISBN-13",
                "write the 13 digits the agency gave, hyphens allowed, such as 978-0-306-40615-7; the last digit checks the others"));
        Optional<LocalDate> date = mapping.text("date").flatMap(text -> date(text, mapping.positionOf("date"), local));
        Optional<EditionStatus> status = mapping.requiredText("status").flatMap(text -> {
            Optional<EditionStatus> known = EditionStatus.ofLabel(text);
            if (known.isEmpty()) {
                local.error(mapping.positionOf("status"), CODE + "-EDITION", "unknown edition status '" + text + "'",
                        "use 'current' for the edition built from chapters/, 'published' for a frozen one");
            }
            return known;
        });
        if (id.isEmpty() || titles.isEmpty() || status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Edition(id.get(), titles, date, status.get(), isbn));
    }

    static Optional<LocalDate> date(String text, SourcePosition position, Diagnostics local) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            local.error(position, CODE + "-DATE", "'" + text + "' is not a date", "write dates as YYYY-MM-DD");
            return Optional.empty();
        }
    }

    private Optional<String> editUrl(YamlMapping repository, Diagnostics local) {
        repository.rejectUnknownKeys(Set.of("url", "editUrl"));
        repository.text("url").ifPresent(url -> requireWebAddress(url, repository.positionOf("url"), local));
        Optional<String> editUrl = repository.text("editUrl");
        editUrl.ifPresent(url -> {
            requireWebAddress(url, repository.positionOf("editUrl"), local);
            if (!url.contains("{path}")) {
                local.error(repository.positionOf("editUrl"), CODE + "-URL", "'editUrl' has no {path}",
                        "put {path} where the source file's path goes, for example .../edit/main/{path}");
            }
        });
        return editUrl;
    }

    /** The address the site is published at, ending in '/' so that page paths can follow it. */
    static Optional<String> baseUrl(String url, SourcePosition position, Diagnostics local) {
        if (!HandbookConfig.isSiteAddress(url)) {
            local.error(position, CODE + "-URL", "'" + url + "' is not the address of a site",
                    "write the address the site is published at, such as https://handbook.example.org/, "
                            + "without '?' or '#'");
            return Optional.empty();
        }
        return Optional.of(url.endsWith("/") ? url : url + "/");
    }

    private static void requireWebAddress(String url, SourcePosition position, Diagnostics local) {
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            local.error(position, CODE + "-URL", "'" + url + "' is not a web address",
                    "write the full address, starting with https://");
        }
    }

    private static RawHtmlPolicy rawHtml(YamlMapping markdown, Diagnostics local) {
        markdown.rejectUnknownKeys(Set.of("rawHtml", "allowedHtml", "htmlIds"));
        String mode = markdown.text("rawHtml").orElse("escape");
        if (!mode.equals("escape") && !mode.equals("clean")) {
            local.error(markdown.positionOf("rawHtml"), CODE + "-HTML", "unknown rawHtml mode '" + mode + "'",
                    "use 'escape' (raw HTML shows as text) or 'clean' (keep the tags listed in allowedHtml)");
        }
        List<String> allowed = markdown.textList("allowedHtml");
        for (String tag : allowed) {
            if (!RawHtmlPolicy.ALLOWABLE_TAGS.contains(tag)) {
                local.error(markdown.positionOf("allowedHtml"), CODE + "-HTML",
                        "'" + tag + "' cannot be allowed in raw HTML",
                        "only tags that cannot run code, load content or take input may be allowed: "
                                + String.join(", ", RawHtmlPolicy.ALLOWABLE_TAGS.stream().sorted().toList()));
            }
        }
        if (!allowed.isEmpty() && !mode.equals("clean")) {
            local.warning(markdown.positionOf("allowedHtml"), CODE + "-HTML",
                    "allowedHtml has no effect while rawHtml is '" + mode + "'", "set rawHtml: clean");
        }
        boolean ids = markdown.bool("htmlIds").orElse(false);
        if (ids && !mode.equals("clean")) {
            local.warning(markdown.positionOf("htmlIds"), CODE + "-HTML",
                    "htmlIds has no effect while rawHtml is '" + mode + "'", "set rawHtml: clean");
        }
        return new RawHtmlPolicy(mode.equals("clean"), allowed, ids);
    }

    private static Optional<Integer> staleAfterYears(YamlMapping countries, Diagnostics local) {
        countries.rejectUnknownKeys(Set.of("staleAfterYears"));
        return wholeNumber(countries, "staleAfterYears", 1, 99, " of years", CODE + "-COUNTRIES",
                "for example: staleAfterYears: 10", local);
    }

    private PdfSettings pdf(YamlMapping pdf, List<Language> languages, List<Edition> editions, Diagnostics local) {
        pdf.rejectUnknownKeys(Set.of("languages", "editions", "pageSize", "publisher", "author", "runningTitle",
                "licence", "disclaimer", "printing", "press"));
        List<EditionId> printed = ListedBooks.editions(pdf, editions, "HB-CONFIG-PDF", local);
        List<LanguageTag> tags = ListedBooks.languages(pdf, languages, "HB-CONFIG-PDF", local);
        String pageSize = pdf.text("pageSize").orElse("A4");
        if (!PdfSettings.PAGE_SIZES.contains(pageSize)) {
            local.error(pdf.positionOf("pageSize"), CODE + "-PDF", "unknown page size '" + pageSize + "'",
                    "use " + String.join(", ", PdfSettings.PAGE_SIZES));
        }
        return new PdfSettings(tags, printed, pageSize, perLanguage(pdf, "publisher", languages, local),
                perLanguage(pdf, "author", languages, local), perLanguage(pdf, "runningTitle", languages, local),
                ImprintSettingsReader.read(pdf, languages, editions, local),
                PressSettingsReader.read(pdf, local));
    }

    private static EpubSettings epub(YamlMapping epub, List<Language> languages, List<Edition> editions, Diagnostics local) {
        epub.rejectUnknownKeys(Set.of("languages", "editions"));
        return new EpubSettings(ListedBooks.languages(epub, languages, "HB-CONFIG-EPUB", local),
                ListedBooks.editions(epub, editions, "HB-CONFIG-EPUB", local));
    }

    private static Optional<Integer> numberingDepth(YamlMapping numbering, Diagnostics local) {
        numbering.rejectUnknownKeys(Set.of("depth"));
        return wholeNumber(numbering, "depth", 0, 6, "", CODE + "-NUMBERING",
                "0 numbers nothing, 1 chapters and annexes, 2 also their sections (1.1), 3 subsections (1.1.1)", local);
    }

    /** A whole number from {@code min} to {@code max}; written as digits only, so YAML's 0x10 or 1e1 never pass. */
    private static Optional<Integer> wholeNumber(YamlMapping mapping, String key, int min, int max, String unit,
                                                 String code, String hint, Diagnostics local) {
        return mapping.text(key).flatMap(text -> {
            if (text.matches("[0-9]{1,3}") && Integer.parseInt(text) >= min && Integer.parseInt(text) <= max
                    && (text.length() == 1 || text.charAt(0) != '0')) {
                return Optional.of(Integer.parseInt(text));
            }
            local.error(mapping.positionOf(key), code, "'" + key + "' must be a whole number" + unit + " from " + min
                    + " to " + max + ", not '" + text + "'", hint);
            return Optional.empty();
        });
    }
}
