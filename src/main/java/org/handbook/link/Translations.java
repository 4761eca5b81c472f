package org.handbook.link;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.handbook.load.BookPlace;
import org.handbook.load.TranslationRecord;
import org.handbook.model.Diagnostics;
import org.handbook.model.LanguageTag;
import org.handbook.model.PageId;
import org.handbook.parse.Heading;
import org.handbook.parse.ParsedBook;
import org.handbook.parse.ParsedPage;
import org.handbook.parse.SourceFingerprint;

/**
 * Lines a translated book up with the default language's book of the same edition. A chapter's
 * translation has its source's file name, in the same folder; a chapter not translated yet is published in the
 * translated book with the source's text; a translation is current, outdated or unmarked
 * depending on the version of its source it records having been made from.
 */
final class Translations {

    /**
     * A page of the book with where its text comes from; {@code source} is the default language's
     * page, and {@code place} where the page stands in the book, its source's where it has one.
     */
    record Entry(ParsedPage page, TranslationState.Status status, LanguageTag contentLanguage, boolean reviewed,
                 List<String> changed, Optional<ParsedPage> source, BookPlace place) {

        Entry(ParsedPage page, TranslationState.Status status, LanguageTag contentLanguage, boolean reviewed,
              List<String> changed, Optional<ParsedPage> source) {
            this(page, status, contentLanguage, reviewed, changed, source, source.orElse(page).place());
        }
    }

    private final Diagnostics diagnostics;

    private Translations(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * The pages of {@code book} in reading order, translated or standing in.
     *
     * @param source the default language's book of the same edition, or empty when {@code book} is it
     */
    static List<Entry> lineUp(ParsedBook book, Optional<ParsedBook> source, Diagnostics diagnostics) {
        LanguageTag language = book.language().tag();
        if (source.isEmpty()) {
            return book.pages().stream()
                    .map(page -> new Entry(page, TranslationState.Status.ORIGINAL, language, true, List.of(), Optional.empty()))
                    .toList();
        }
        return new Translations(diagnostics).lineUp(book, source.get());
    }

    private List<Entry> lineUp(ParsedBook book, ParsedBook source) {
        Map<Path, ParsedPage> originals = byPlace(source.pages());
        Map<Path, ParsedPage> translated = moved(byPlace(book.pages()), originals);
        Set<Path> places = new TreeSet<>(BookPlace.READING_ORDER);
        places.addAll(translated.keySet());
        places.addAll(originals.keySet());
        LanguageTag language = book.language().tag();
        List<Entry> entries = new ArrayList<>();
        for (Path place : places) {
            ParsedPage translation = translated.get(place);
            ParsedPage original = originals.get(place);
            if (translation == null) {
                entries.add(new Entry(original, TranslationState.Status.MISSING, source.language().tag(), false, List.of(),
                        Optional.of(original)));
            } else if (original == null) {
                // A source whose front matter could not be read is reported there; it is no missing source.
                boolean sourceUnreadable = source.unreadable().stream().anyMatch(page -> page.inBook().equals(place));
                translation.frontMatter().translation().filter(record -> !sourceUnreadable).ifPresent(record -> diagnostics.warning(record.position(),
                        "HB-TRANSLATION-SOURCE", "this page says it is a translation, but the default language has no "
                                + place.toString().replace('\\', '/'),
                        "give the translation its source's file name and folder, or remove 'translation:'"));
                entries.add(new Entry(translation, TranslationState.Status.ORIGINAL, language, true, List.of(),
                        Optional.empty()));
            } else {
                entries.add(translated(translation, original, language));
            }
        }
        return entries;
    }

    /**
     * The translations by the place they stand in, each that is not where its source is (its
     * source moved into a part, say) taken to its source's place, with a warning: the translated
     * book keeps its source's structure, and the chapter is not published twice.
     */
    private Map<Path, ParsedPage> moved(Map<Path, ParsedPage> translated, Map<Path, ParsedPage> originals) {
        Map<PageId, Path> sourcePlaces = new HashMap<>();
        originals.forEach((place, page) -> sourcePlaces.putIfAbsent(page.frontMatter().id(), place));
        Map<Path, ParsedPage> placed = new HashMap<>(translated);
        translated.forEach((place, page) -> {
            Path sourcePlace = sourcePlaces.get(page.frontMatter().id());
            if (!originals.containsKey(place) && sourcePlace != null && !translated.containsKey(sourcePlace)) {
                String where = sourcePlace.toString().replace('\\', '/');
                diagnostics.warning(page.frontMatter().idPosition(), "HB-TRANSLATION-PLACE",
                        "this translation is at " + place.toString().replace('\\', '/') + " but its source is at " + where
                                + "; it is published at its source's place",
                        "move the file to " + where + " in this language's folder, so that the translation mirrors its source");
                placed.remove(place);
                placed.put(sourcePlace, page);
            }
        });
        return placed;
    }

    private Entry translated(ParsedPage translation, ParsedPage original, LanguageTag language) {
        if (!translation.frontMatter().id().equals(original.frontMatter().id())) {
            diagnostics.error(translation.frontMatter().idPosition(), "HB-TRANSLATION-ID",
                    "a translation keeps its source's id '" + original.frontMatter().id() + "'",
                    "change the id to '" + original.frontMatter().id() + "': references find pages by id in every language");
        }
        checkAnchors(translation, original);
        Optional<TranslationRecord> record = translation.frontMatter().translation();
        boolean reviewed = record.map(TranslationRecord::reviewed).orElse(false);
        SourceFingerprint now = original.fingerprint();
        if (record.isEmpty() || record.get().source().isEmpty()) {
            diagnostics.warning(record.map(TranslationRecord::position).orElse(translation.frontMatter().idPosition()),
                    "HB-TRANSLATION-UNMARKED", "this translation does not record which version of "
                            + slashes(original) + " it was made from, so nobody can tell when it falls behind",
                    "for the translator: once it matches its source, run: handbook translations mark " + slashes(translation));
            return new Entry(translation, TranslationState.Status.UNMARKED, language, reviewed, List.of(), Optional.of(original));
        }
        if (record.get().source().get().equals(now.page())) {
            return new Entry(translation, TranslationState.Status.CURRENT, language, reviewed, List.of(), Optional.of(original));
        }
        List<String> changed = new ArrayList<>();
        now.sections().forEach((anchor, fingerprint) -> {
            if (!fingerprint.equals(record.get().sections().get(anchor))) {
                changed.add(anchor);
            }
        });
        diagnostics.warning(record.get().position(), "HB-TRANSLATION-OUTDATED",
                slashes(original) + " has changed since this translation was made"
                        + (changed.isEmpty() ? "" : " (changed: " + String.join(", ", titles(original, changed)) + ")"),
                "for the translator: bring the translation up to date, then run: handbook translations mark "
                        + slashes(translation) + " (an editor of the source has nothing more to do)");
        return new Entry(translation, TranslationState.Status.OUTDATED, language, reviewed, changed, Optional.of(original));
    }

    /** The changed sections named by their headings as readers see them, "“What it is for”"; the text before the first heading by its anchor. */
    private static List<String> titles(ParsedPage original, List<String> anchors) {
        return anchors.stream().map(anchor -> heading(original, anchor).map(text -> "“" + text + "”").orElse(anchor)).toList();
    }

    /** A heading's anchor with its text as readers see it, " (“What it is for”)"; nothing for a table's. */
    private static String named(ParsedPage page, String anchor) {
        return heading(page, anchor).map(text -> " (“" + text + "”)").orElse("");
    }

    /** The text of the page's heading with this anchor. */
    private static Optional<String> heading(ParsedPage page, String anchor) {
        return page.outline().headings().stream().filter(heading -> heading.id().value().equals(anchor)).findFirst()
                .map(Heading::text);
    }

    /** A translation has its source's sections, tables and numbered paragraphs, so references reach them in every language. */
    private void checkAnchors(ParsedPage translation, ParsedPage original) {
        Set<String> expected = original.outline().namedAnchors();
        Set<String> actual = translation.outline().namedAnchors();
        Set<String> missing = new LinkedHashSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new LinkedHashSet<>(actual);
        extra.removeAll(expected);
        int paragraphs = original.outline().paragraphs();
        if (!missing.isEmpty() || !extra.isEmpty() || paragraphs != translation.outline().paragraphs()) {
            List<String> problems = new ArrayList<>();
            if (!missing.isEmpty()) {
                problems.add("lacks " + String.join(", ", missing.stream().map(a -> "#" + a + named(original, a)).toList()));
            }
            if (!extra.isEmpty()) {
                problems.add("has " + String.join(", ", extra.stream().map(a -> "#" + a + named(translation, a)).toList())
                        + ", which the source has not");
            }
            if (paragraphs != translation.outline().paragraphs()) {
                problems.add("has " + translation.outline().paragraphs() + " numbered paragraphs where the source has "
                        + paragraphs);
            }
            diagnostics.warning(translation.frontMatter().idPosition(), "HB-TRANSLATION-ANCHORS",
                    "this translation " + String.join("; ", problems),
                    "give each heading its source's anchor with {#anchor} at its end, and keep the paragraphs as in "
                            + slashes(original));
        }
    }


    private static Map<Path, ParsedPage> byPlace(List<ParsedPage> pages) {
        Map<Path, ParsedPage> byPlace = new HashMap<>();
        pages.forEach(page -> byPlace.putIfAbsent(page.place().path(), page));
        return byPlace;
    }

    private static String slashes(ParsedPage page) {
        return page.file().toString().replace('\\', '/');
    }
}
