package org.handbook.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.handbook.config.Edition;
import org.handbook.config.HandbookConfig;
import org.handbook.config.Language;
import org.handbook.model.Diagnostics;
import org.handbook.model.SourcePosition;
import org.handbook.text.SourceText;

/** Reads the chapters of every edition and language. */
public final class Loader {

    /** Ten times this repository's pages per language, and well within what a build's memory holds (see bench/run). */
    static final int MAX_CHAPTERS = 20_000;

    static final String CHAPTERS = "chapters";
    static final String EDITIONS = "editions";

    private final HandbookConfig config;
    private final Diagnostics diagnostics;

    private Loader(HandbookConfig config, Diagnostics diagnostics) {
        this.config = config;
        this.diagnostics = diagnostics;
    }

    public static Sources load(HandbookConfig config, Diagnostics diagnostics) {
        return new Loader(config, diagnostics).load();
    }

    private Sources load() {
        List<SourceBook> books = new ArrayList<>();
        List<CountrySet> countries = new ArrayList<>();
        CountryLoader countryLoader = new CountryLoader(config.root(), diagnostics);
        PortableNames.check(config.root(), diagnostics);
        rejectUndeclaredEditions();
        for (Edition edition : config.editions()) {
            Optional<Path> base = editionBase(edition);
            if (base.isEmpty()) {
                continue;
            }
            countries.add(countryLoader.load(edition, base.get()));
            MediaFolder media = MediaLoader.load(config.root(), base.get(), diagnostics);
            rejectUndeclaredLanguages(base.get().resolve(CHAPTERS));
            Map<Path, String> sourceTitles = new HashMap<>();
            for (Language language : config.languages()) {
                Path languageDir = base.get().resolve(CHAPTERS).resolve(language.tag().value());
                boolean isDefault = language.equals(config.defaultLanguage());
                Chapters chapters = chapters(languageDir, isDefault ? Map.of() : sourceTitles,
                        isDefault ? sourceTitles : new HashMap<>());
                if (chapters.read().isEmpty() && chapters.unreadable().isEmpty()) {
                    reportNoChapters(languageDir, language.equals(config.defaultLanguage()));
                }
                books.add(new SourceBook(language, edition, chapters.read(), chapters.unreadable(), media.images(), media.refused()));
            }
        }
        return new Sources(config, books, countries);
    }

    /** Where an edition's sources are, relative to the root: the working tree, or its frozen copy. */
    private Optional<Path> editionBase(Edition edition) {
        if (edition.isCurrent()) {
            return Optional.of(Path.of(""));
        }
        Path frozen = Path.of(EDITIONS, edition.id().value());
        if (!Files.isDirectory(config.root().resolve(frozen))) {
            diagnostics.warning(SourcePosition.of(Path.of(HandbookConfig.FILE_NAME)), "HB-EDITION-NOT-FROZEN",
                    "edition '" + edition.id() + "' has no frozen copy in " + frozen.toString().replace('\\', '/')
                            + "/ and is not built",
                    "freeze the edition's chapters into that folder, or remove it from handbook.yml");
            return Optional.empty();
        }
        return Optional.of(frozen);
    }

    /** A translation with no chapters yet is published from the default language's; that one needs chapters. */
    private void reportNoChapters(Path languageDir, boolean defaultLanguage) {
        Path absolute = config.root().resolve(languageDir);
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            diagnostics.error(SourcePosition.of(languageDir), "HB-LANGUAGE-NOT-FOLDER",
                    "this should be the folder of the language's chapters, but it is a file",
                    "replace it with a folder holding NN-slug.md files");
        } else if (defaultLanguage
                && list(languageDir).stream().noneMatch(file -> ChapterFolders.looksLikeMarkdown(file.getFileName().toString()))) {
            diagnostics.warning(SourcePosition.of(languageDir), "HB-LANGUAGE-EMPTY",
                    "no chapters in " + languageDir.toString().replace('\\', '/')
                            + "/, the default language's: every language's site has only a home page",
                    "add chapters as NN-slug.md files");
        }
    }

    /** A frozen edition that handbook.yml does not declare would be silently left out of the site. */
    private void rejectUndeclaredEditions() {
        Set<String> declared = config.editions().stream().map(edition -> edition.id().value()).collect(Collectors.toSet());
        for (Path child : list(Path.of(EDITIONS))) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(config.root().resolve(child)) && !declared.contains(name)) {
                diagnostics.error(SourcePosition.of(child), "HB-EDITION-UNDECLARED",
                        "folder '" + name + "' in editions/ is not an edition declared in handbook.yml",
                        "declare it under 'editions' with status: published, or remove the folder");
            }
        }
    }

    private void rejectUndeclaredLanguages(Path chaptersDir) {
        Set<String> declared = config.languages().stream().map(language -> language.tag().value())
                .collect(Collectors.toSet());
        for (Path child : list(chaptersDir)) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(config.root().resolve(child)) && !declared.contains(name)) {
                diagnostics.error(SourcePosition.of(child), "HB-LANGUAGE-UNDECLARED",
                        "folder '" + name + "' is not a language declared in handbook.yml",
                        "add '" + name + "' to 'languages' in handbook.yml, or rename the folder to a declared language tag");
            }
        }
    }

    /** A language folder's chapters: those read, and those whose front matter could not be. */
    private record Chapters(List<SourcePage> read, List<UnreadablePage> unreadable) {
    }

    /**
     * @param sourceTitles the default language's folders of chapters and their own pages, for a
     *                     translation, whose folders may lack an own page not translated yet
     * @param titles       receives this language's folders and their own pages
     */
    private Chapters chapters(Path languageDir, Map<Path, String> sourceTitles, Map<Path, String> titles) {
        ChapterFolders.Found found = new ChapterFolders(config.root(), sourceTitles, MAX_CHAPTERS, diagnostics).walk(languageDir);
        titles.putAll(found.titles());
        List<Chapters> each = found.files().parallelStream().map(located -> {
            Path file = located.file();
            Optional<String> text = SourceText.read(config.root(), file, diagnostics);
            Optional<SourcePage> page = text.flatMap(source -> FrontMatterReader.read(file, source, located.place(), diagnostics));
            return page.map(read -> new Chapters(List.of(read), List.of()))
                    .orElseGet(() -> new Chapters(List.of(), List.of(UnreadablePage.of(file, text, located.place().path()))));
        }).toList();
        List<SourcePage> read = each.stream().flatMap(one -> one.read().stream()).toList();
        Map<Path, SourcePage> byFile = new HashMap<>();
        read.forEach(page -> byFile.put(page.file(), page));
        PartOrder.check(found.files(), byFile, diagnostics);
        List<UnreadablePage> unreadable = new ArrayList<>(each.stream().flatMap(one -> one.unreadable().stream()).toList());
        // Known by name only: the folder they are in is reported, and what refers to them is not reported again.
        found.skipped().forEach(file -> unreadable.add(UnreadablePage.of(file,
                SourceText.read(config.root(), file, new org.handbook.model.Diagnostics()), languageDir.relativize(file))));
        return new Chapters(read, unreadable);
    }

    private List<Path> list(Path relativeDir) {
        return FolderEntries.of(config.root(), relativeDir, diagnostics);
    }
}
