package org.handbook.xliff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedCountry;
import org.handbook.link.LinkedHandbook;
import org.handbook.link.LinkedPage;
import org.handbook.link.TranslationState;
import org.handbook.model.Diagnostics;
import org.handbook.model.LanguageTag;
import org.handbook.parse.SourceFingerprint;
import org.handbook.render.theme.ThemeLoader;
import org.handbook.render.theme.UiStrings;

/**
 * A translation job for one language of the current edition: the sections of its outdated
 * chapters that changed since they were translated and its missing chapters, the country profiles'
 * texts it lacks or whose source changed since they were brought, and the interface strings it
 * lacks (or the changes alone, or what is missing alone, or files named whole), each block with the
 * translation it has now where that lines up, its place, and the glossary's terms in it. Reads the
 * linked handbook, the chapter and profile files; writes nothing.
 */
public final class XliffExport {

    /** What a job holds. */
    public enum Selection {
        /** The changed sections of outdated chapters, and the missing chapters: what needs translating. */
        NEEDED,
        CHANGED,
        MISSING,
        /** The chapters named, whole. */
        NAMED
    }

    /** The job's XLIFF, and how many chapters, country profiles, interface strings and units in all it holds. */
    public record Job(byte[] xliff, int chapters, int profiles, int strings, int units) {
    }

    /** Thrown when a chapter named is not a chapter of the default language, or the language is not the handbook's. */
    public static final class NotInHandbook extends Exception {
        NotInHandbook(String message) {
            super(message);
        }
    }

    private final LinkedHandbook handbook;
    private final LinkedBook source;
    private final LinkedBook target;
    private final JobGlossary glossary;

    private XliffExport(LinkedHandbook handbook, LinkedBook source, LinkedBook target) {
        this.handbook = handbook;
        this.source = source;
        this.target = target;
        this.glossary = JobGlossary.of(source, target);
    }

    /** @param named the default language's chapters to export whole, relative to the handbook root ({@link Selection#NAMED}) */
    public static Job export(LinkedHandbook handbook, LanguageTag language, Selection selection, List<Path> named)
            throws NotInHandbook, IOException {
        LanguageTag defaultLanguage = handbook.config().defaultLanguage().tag();
        var edition = handbook.config().currentEdition().id();
        if (language.equals(defaultLanguage)) {
            throw new NotInHandbook(language + " is the language chapters are translated from; name a language to translate into: "
                    + others(handbook, defaultLanguage));
        }
        LinkedBook targetBook = handbook.book(language, edition).orElseThrow(() -> new NotInHandbook(
                "the handbook has no language " + language + "; its translations: " + others(handbook, defaultLanguage)));
        LinkedBook sourceBook = handbook.book(defaultLanguage, edition).orElseThrow();
        Set<Path> wanted = named.stream().map(Path::normalize).collect(Collectors.toSet());
        for (Path file : wanted) {
            if (!file.equals(StringUnits.file(defaultLanguage))
                    && sourceBook.pages().stream().noneMatch(page -> page.page().file().equals(file))
                    && sourceBook.countries().stream().noneMatch(country -> country.profile().file().equals(file))) {
                throw new NotInHandbook(file.toString().replace('\\', '/') + " is not a chapter of " + defaultLanguage
                        + " or a country profile in the current edition; name chapters as chapters/" + defaultLanguage
                        + "/NN-slug.md, profiles as countries/XX.yml, or the interface strings as "
                        + StringUnits.fileName(defaultLanguage));
            }
        }
        return new XliffExport(handbook, sourceBook, targetBook).job(selection, wanted);
    }

    private static String others(LinkedHandbook handbook, LanguageTag defaultLanguage) {
        return handbook.config().languages().stream().map(language -> language.tag().value())
                .filter(tag -> !tag.equals(defaultLanguage.value())).collect(Collectors.joining(", "));
    }

    private Job job(Selection selection, Set<Path> named) throws IOException {
        List<XliffWriter.Chapter> chapters = new ArrayList<>();
        int units = 0;
        for (LinkedPage page : source.pages()) {
            Optional<LinkedPage> translation = target.page(page.page().frontMatter().id());
            TranslationState.Status status = translation.map(found -> found.translation().status())
                    .orElse(TranslationState.Status.MISSING);
            boolean missing = status == TranslationState.Status.MISSING;
            Set<String> changed = missing ? Set.of() : changedSections(page, translation.get());
            boolean whole = selection == Selection.NAMED ? named.contains(page.page().file())
                    : missing && selection != Selection.CHANGED;
            // The page's fingerprint changed while none of its sections did: its title or description.
            boolean frontOnly = !missing && changed.isEmpty() && translation.get().page().frontMatter().translation()
                    .flatMap(record -> record.source()).filter(recorded -> !recorded.equals(page.page().fingerprint().page()))
                    .isPresent();
            boolean someSections = !whole && (!changed.isEmpty() || frontOnly)
                    && (selection == Selection.NEEDED || selection == Selection.CHANGED);
            if (!whole && !someSections) {
                continue;
            }
            Map<String, List<BlockUnit>> sourceBlocks = SectionBlocks.of(handbook.config().root(), page).sections();
            Map<String, List<BlockUnit>> translated = missing ? Map.of()
                    : SectionBlocks.of(handbook.config().root(), translation.get()).sections();
            Map<String, List<JobUnit>> chosen = new LinkedHashMap<>();
            // The title and description: in a chapter sent whole, or when only they can have changed.
            if (whole || frontOnly) {
                chosen.put(FrontMatterUnits.GROUP, FrontMatterUnits.units(page, translation.filter(found -> !missing),
                        place(page, "")));
                units += chosen.get(FrontMatterUnits.GROUP).size();
            }
            for (Map.Entry<String, List<BlockUnit>> section : sourceBlocks.entrySet()) {
                if (!whole && !changed.contains(section.getKey())) {
                    continue;
                }
                List<BlockUnit> existing = translated.getOrDefault(section.getKey(), List.of());
                boolean linedUp = existing.size() == section.getValue().size();
                List<JobUnit> jobUnits = new ArrayList<>();
                for (int i = 0; i < section.getValue().size(); i++) {
                    BlockUnit block = section.getValue().get(i);
                    Optional<BlockUnit> before = linedUp ? Optional.of(withoutHeadingId(existing.get(i), block))
                            .filter(other -> sameSyntax(block, other)) : Optional.empty();
                    jobUnits.add(new JobUnit("line " + block.line(), block, place(page, section.getKey()) + paragraph(page, block), before,
                            !changed.contains(section.getKey()), glossary.termsIn(block)));
                }
                units += jobUnits.stream().mapToInt(JobUnit::units).sum();
                chosen.put(section.getKey(), jobUnits);
            }
            if (!chosen.isEmpty()) {
                chapters.add(new XliffWriter.Chapter(slashes(page.page().file()),
                        slashes(TranslationPaths.of(page, target.language().tag())), chosen));
            }
        }
        int chapterFiles = chapters.size();
        UiStrings strings = ThemeLoader.load(handbook.config(), new Diagnostics()).strings();
        List<XliffWriter.Chapter> profiles = profiles(selection, named, strings.forLanguage(source.language().tag()));
        for (XliffWriter.Chapter profile : profiles) {
            chapters.add(profile);
            units += profile.sections().values().stream().mapToInt(List::size).sum();
        }
        List<JobUnit> stringUnits = strings(selection, named, strings);
        if (!stringUnits.isEmpty()) {
            chapters.add(new XliffWriter.Chapter(StringUnits.fileName(source.language().tag()),
                    StringUnits.fileName(target.language().tag()), Map.of(StringUnits.GROUP, stringUnits)));
            units += stringUnits.size();
        }
        return new Job(XliffWriter.write(source.language().tag().value(), target.language().tag().value(), chapters),
                chapterFiles, profiles.size(), stringUnits.size(), units);
    }

    /** The country profiles' texts the selection holds: see {@link ProfileUnits#units}. */
    private List<XliffWriter.Chapter> profiles(Selection selection, Set<Path> named, Map<String, String> labels)
            throws IOException {
        List<XliffWriter.Chapter> profiles = new ArrayList<>();
        String defaultLanguage = source.language().tag().value();
        for (LinkedCountry country : source.countries()) {
            Path file = country.profile().file();
            if (selection == Selection.NAMED && !named.contains(file)) {
                continue;
            }
            ProfileYaml yaml = ProfileYaml.of(Files.readString(handbook.config().root().resolve(file), StandardCharsets.UTF_8));
            Map<String, List<JobUnit>> groups = ProfileUnits.units(yaml, defaultLanguage, target.language().tag().value(),
                    country.profile().name(defaultLanguage), labels, glossary, selection);
            if (!groups.isEmpty()) {
                profiles.add(new XliffWriter.Chapter(slashes(file), slashes(file) + ", as each text's '"
                        + target.language().tag().value() + "'", groups));
            }
        }
        return profiles;
    }

    /** The interface strings of the job: those the language lacks, or all of them when their file is named. */
    private List<JobUnit> strings(Selection selection, Set<Path> named, UiStrings strings) {
        Map<String, String> all = strings.forLanguage(source.language().tag());
        Map<String, String> own = strings.own(target.language().tag());
        List<String> keys = selection == Selection.NAMED
                ? named.contains(StringUnits.file(source.language().tag())) ? List.copyOf(all.keySet()) : List.of()
                : selection == Selection.CHANGED ? List.of()
                : all.keySet().stream().filter(key -> !own.containsKey(key)).toList();
        return StringUnits.of(keys, all, own);
    }

    /** The sections of the source that changed since the translation was marked; all of them when it was never marked. */
    private static Set<String> changedSections(LinkedPage source, LinkedPage translation) {
        SourceFingerprint now = source.page().fingerprint();
        Map<String, String> recorded = translation.page().frontMatter().translation().map(record -> record.sections())
                .orElse(Map.of());
        return now.sections().entrySet().stream().filter(section -> !section.getValue().equals(recorded.get(section.getKey())))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /**
     * A translated heading as its source has it: a translation gives its heading the source's anchor
     * as {@code {#id}}, which a heading written without one in the source does not show.
     */
    private static BlockUnit withoutHeadingId(BlockUnit translation, BlockUnit source) {
        boolean sourceHasId = source.pieces().stream().anyMatch(ChapterBlocks::isHeadingId);
        return sourceHasId ? translation : new BlockUnit(translation.line(), translation.start(), translation.end(),
                translation.pieces().stream().filter(piece -> !ChapterBlocks.isHeadingId(piece)).toList());
    }

    /**
     * Whether a translation's block holds the same syntax as its source's, in the same order: the same
     * codes, but for the words inside a mark ({@code index:}, {@code authority:}), which a translation
     * writes in its own language. Else the translation is not offered, as its codes would not line up.
     */
    private static boolean sameSyntax(BlockUnit source, BlockUnit translation) {
        List<InlinePiece> sourceCodes = codes(source);
        List<InlinePiece> translationCodes = codes(translation);
        if (sourceCodes.size() != translationCodes.size()) {
            return false;
        }
        for (int i = 0; i < sourceCodes.size(); i++) {
            InlinePiece a = sourceCodes.get(i);
            InlinePiece b = translationCodes.get(i);
            boolean same = a.getClass() == b.getClass() && (a.original().equals(b.original())
                    || a.original().isBlank() && b.original().isBlank() || MarkTitles.sameMark(a.original(), b.original()));
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static List<InlinePiece> codes(BlockUnit block) {
        return block.pieces().stream().filter(piece -> !(piece instanceof InlinePiece.Text)).toList();
    }

    /** " › ¶ 4.7" for a numbered paragraph, as readers cite it; nothing for another block. */
    private static String paragraph(LinkedPage page, BlockUnit block) {
        int index = page.page().outline().paragraphLines().indexOf(block.line());
        return index < 0 ? "" : " › ¶ " + page.number().map(number -> number + ".").orElse("") + (index + 1);
    }

    /** "4 Mutual legal assistance › 4.2 Dual criminality", or the chapter's title for the text before its first heading. */
    private String place(LinkedPage page, String section) {
        String chapter = page.number().map(number -> number + " ").orElse("") + page.page().title().text();
        return page.page().outline().headings().stream().filter(heading -> heading.id().value().equals(section)).findFirst()
                .map(heading -> chapter + " › " + page.sectionNumbers().getOrDefault(section, "")
                        .transform(number -> number.isEmpty() ? "" : number + " ") + heading.text())
                .orElse(chapter);
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
