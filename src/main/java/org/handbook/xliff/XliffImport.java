package org.handbook.xliff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbook.link.LinkedBook;
import org.handbook.link.LinkedHandbook;
import org.handbook.link.LinkedPage;
import org.handbook.link.TranslationState;
import org.handbook.load.TranslationRecord;
import org.handbook.model.Diagnostics;
import org.handbook.model.LanguageTag;
import org.handbook.parse.Heading;
import org.handbook.parse.SourceFingerprint;
import org.handbook.render.theme.ThemeLoader;
import org.handbook.translations.TranslationMarker;

/**
 * Brings a translation job back: each section of the job is written into the chapter's translation
 * (the source's section, its blocks replaced by their translations; every heading keeps its source's
 * anchor), a chapter not translated yet is created, and each chapter is marked as matching its
 * source in the sections the job brought. Everything is checked before anything is written: a job
 * whose source changed since it was made, whose codes were damaged, or that is not a job of this
 * handbook, is refused with the unit and the reason, and no file is touched.
 */
public final class XliffImport {

    /** What an import wrote: each chapter's translation, whether it was created, and its sections brought in. */
    public record Written(String file, boolean created, List<String> sections) {
    }

    /** Thrown when a job cannot be brought back; nothing has been written. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private final LinkedHandbook handbook;
    private final Path root;

    private XliffImport(LinkedHandbook handbook) {
        this.handbook = handbook;
        this.root = handbook.config().root();
    }

    public static List<Written> apply(LinkedHandbook handbook, byte[] xliff) throws Refused, IOException {
        JobReader.Job job;
        try {
            job = JobReader.read(xliff);
        } catch (JobReader.Malformed e) {
            throw new Refused(e.getMessage());
        }
        return new XliffImport(handbook).apply(job);
    }

    private List<Written> apply(JobReader.Job job) throws Refused, IOException {
        LanguageTag defaultLanguage = handbook.config().defaultLanguage().tag();
        var edition = handbook.config().currentEdition().id();
        if (!job.sourceLanguage().equals(defaultLanguage.value())) {
            throw new Refused("the job translates from '" + job.sourceLanguage() + "', and this handbook's chapters are in "
                    + defaultLanguage);
        }
        LinkedBook target = handbook.book(new LanguageTag(job.targetLanguage()), edition)
                .filter(book -> !job.targetLanguage().equals(defaultLanguage.value()))
                .orElseThrow(() -> new Refused("the job translates into '" + job.targetLanguage()
                        + "', which is not a language of this handbook's translations"));
        LinkedBook source = handbook.book(defaultLanguage, edition).orElseThrow();
        Map<Path, String> files = new LinkedHashMap<>();
        List<Written> written = new ArrayList<>();
        for (JobReader.File file : job.files()) {
            if (file.original().equals(StringUnits.fileName(defaultLanguage))) {
                Path path = StringUnits.file(target.language().tag());
                files.put(path, strings(file, defaultLanguage, root.resolve(path)));
                written.add(new Written(StringUnits.fileName(target.language().tag()), !Files.exists(root.resolve(path)),
                        List.of(StringUnits.GROUP)));
                continue;
            }
            Optional<Path> profile = source.countries().stream().map(country -> country.profile().file())
                    .filter(path -> slashes(path).equals(file.original())).findFirst();
            if (profile.isPresent()) {
                String text = Files.readString(root.resolve(profile.get()), StandardCharsets.UTF_8);
                files.put(profile.get(), ProfileImport.translated(text, file, defaultLanguage.value(), job.targetLanguage(),
                        defaultStrings(defaultLanguage)));
                written.add(new Written(file.original(), false, file.sections().stream().map(JobReader.Section::anchor).toList()));
                continue;
            }
            LinkedPage page = source.pages().stream().filter(candidate -> slashes(candidate.page().file()).equals(file.original()))
                    .findFirst().orElseThrow(() -> new Refused(file.original() + " is not a chapter of " + defaultLanguage
                            + " or a country profile in the current edition, which this job would translate"));
            Optional<LinkedPage> translation = target.page(page.page().frontMatter().id())
                    .filter(found -> found.translation().status() != TranslationState.Status.MISSING);
            ChapterTranslation planned = plan(page, translation, file, target);
            files.put(planned.path(), planned.text());
            written.add(new Written(slashes(planned.path()), translation.isEmpty(),
                    file.sections().stream().map(JobReader.Section::anchor).toList()));
        }
        for (Map.Entry<Path, String> file : files.entrySet()) {
            write(root.resolve(file.getKey()), file.getValue());
        }
        return written;
    }

    private Map<String, String> defaultStrings(LanguageTag defaultLanguage) {
        return ThemeLoader.load(handbook.config(), new Diagnostics()).strings().forLanguage(defaultLanguage);
    }

    /** The language's strings file with the job's strings written in, each checked against the default language's now. */
    private String strings(JobReader.File file, LanguageTag defaultLanguage, Path path) throws Refused, IOException {
        Map<String, String> current = defaultStrings(defaultLanguage);
        Map<String, String> values = new LinkedHashMap<>();
        for (JobReader.Section section : file.sections()) {
            for (JobReader.Unit unit : section.units()) {
                String where = file.original() + ", unit " + unit.id() + " (" + unit.name() + "): ";
                try {
                    if (!current.containsKey(unit.name()) || !UnitTarget.source(unit).equals(current.get(unit.name()))) {
                        throw new Refused(where + "the string no longer reads as the job says, or the theme no longer has"
                                + " it: export a new job");
                    }
                    List<JobReader.Token> target = unit.target().orElseThrow(() -> new Refused(where
                            + "it has no translation: translate it, or leave it out of the job"));
                    values.put(unit.name(), UnitTarget.target(unit, target));
                } catch (UnitTarget.Damaged e) {
                    throw new Refused(where + e.getMessage());
                }
            }
        }
        String text = Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
        return StringsFile.withValues(text, values);
    }

    /** A translation's file and its text after the import. */
    private record ChapterTranslation(Path path, String text) {
    }

    /** What a job brings for one chapter: its sections' blocks translated, its title and description, whether all is final. */
    private record Brought(SectionBlocks source, Map<String, List<String>> sections, Map<String, String> front, boolean reviewed) {
    }

    private ChapterTranslation plan(LinkedPage page, Optional<LinkedPage> translation, JobReader.File file, LinkedBook target)
            throws Refused, IOException {
        SectionBlocks source = SectionBlocks.of(root, page);
        Map<String, List<String>> translated = new LinkedHashMap<>();
        boolean reviewed = true;
        Map<String, String> front = new LinkedHashMap<>();
        for (JobReader.Section section : file.sections()) {
            if (section.anchor().equals(FrontMatterUnits.GROUP)) {
                front.putAll(frontMatter(file.original(), section, page));
                continue;
            }
            List<BlockUnit> blocks = source.sections().get(section.anchor());
            if (blocks == null) {
                throw new Refused(file.original() + " has no section '" + section.anchor() + "' any more: export a new job");
            }
            translated.put(section.anchor(), translations(file.original(), section, blocks));
            reviewed &= section.units().stream().allMatch(unit -> unit.state().equals("final"));
        }
        Brought brought = new Brought(source, translated, front, reviewed);
        return translation.isEmpty() ? created(page, file, target, brought) : updated(page, translation.get(), brought);
    }

    /** A chapter not translated yet: the source's text, every section and the title translated, marked as current. */
    private static ChapterTranslation created(LinkedPage page, JobReader.File file, LinkedBook target, Brought brought)
            throws Refused {
        SectionBlocks source = brought.source();
        if (!brought.sections().keySet().containsAll(source.sections().keySet())
                || !brought.front().containsKey(FrontMatterUnits.TITLE)) {
            throw new Refused(file.original() + " is not translated yet, so the job must bring it whole: it lacks the"
                    + " section '" + source.sections().keySet().stream().filter(anchor -> !brought.sections().containsKey(anchor))
                    .findFirst().orElse(FrontMatterUnits.GROUP) + "'");
        }
        String body = source.chapter().body();
        Edits edits = new Edits(body);
        for (Map.Entry<String, List<String>> section : brought.sections().entrySet()) {
            int[] range = SectionRanges.of(body, source.chapter().bodyFirstLine(), page.page().outline().headings(),
                    section.getKey());
            edits.replace(range[0], range[1], SectionRebuild.of(source, page, section.getKey(), range,
                    source.sections().get(section.getKey()), section.getValue(), Optional.empty()));
        }
        String head = withFront(source.text().substring(0, source.text().length() - body.length()), brought.front());
        return new ChapterTranslation(TranslationPaths.of(page, target.language().tag()),
                TranslationMarker.withRecord(head + edits.applied(), page.page().fingerprint(), brought.reviewed()));
    }

    /**
     * A translation with the sections the job brought: block by block into its own text where its
     * blocks line up with the source's, else the source's section translated; marked as matching its
     * source in those sections, and current when no other section is behind.
     */
    private ChapterTranslation updated(LinkedPage page, LinkedPage existing, Brought brought) throws IOException {
        SectionBlocks source = brought.source();
        SectionBlocks old = SectionBlocks.of(root, existing);
        String oldBody = old.chapter().body();
        List<Heading> oldHeadings = existing.page().outline().headings();
        List<String> order = List.copyOf(source.sections().keySet());
        Edits edits = new Edits(oldBody);
        for (Map.Entry<String, List<String>> section : brought.sections().entrySet()) {
            List<BlockUnit> blocks = source.sections().get(section.getKey());
            List<BlockUnit> oldBlocks = old.sections().get(section.getKey());
            if (oldBlocks != null && oldBlocks.size() == blocks.size()) {
                // Lined up: each block takes its place in the translation, whose text around them stays as it is.
                for (int i = 0; i < blocks.size(); i++) {
                    edits.replace(oldBlocks.get(i).start(), contentEnd(oldBlocks.get(i), blocks.get(i)), section.getValue().get(i));
                }
                continue;
            }
            int[] oldRange = SectionRanges.of(oldBody, old.chapter().bodyFirstLine(), oldHeadings, section.getKey());
            if (oldRange == null) {
                // A section the translation lacks goes after the one before it in the source.
                int at = 0;
                for (String earlier : order.subList(0, Math.max(0, order.indexOf(section.getKey())))) {
                    int[] before = SectionRanges.of(oldBody, old.chapter().bodyFirstLine(), oldHeadings, earlier);
                    at = before == null ? at : before[1];
                }
                oldRange = new int[] {at, at};
            }
            int[] range = SectionRanges.of(source.chapter().body(), source.chapter().bodyFirstLine(),
                    page.page().outline().headings(), section.getKey());
            String rebuilt = SectionRebuild.of(source, page, section.getKey(), range, blocks, section.getValue(),
                    Optional.of(oldBody.substring(oldRange[0], oldRange[1])));
            edits.replace(oldRange[0], oldRange[1], oldRange[0] > 0 && oldBody.charAt(oldRange[0] - 1) != '\n'
                    ? "\n" + rebuilt : rebuilt);
        }
        SourceFingerprint now = page.page().fingerprint();
        Optional<TranslationRecord> record = existing.page().frontMatter().translation();
        Map<String, String> recorded = new LinkedHashMap<>(record.map(found -> found.sections()).orElse(Map.of()));
        brought.sections().keySet().forEach(anchor -> recorded.put(anchor, now.sections().get(anchor)));
        boolean allCurrent = now.sections().entrySet().stream()
                .allMatch(section -> section.getValue().equals(recorded.get(section.getKey())));
        Map<String, String> sections = new LinkedHashMap<>();
        now.sections().keySet().forEach(anchor -> sections.put(anchor, recorded.getOrDefault(anchor, "")));
        SourceFingerprint matched = new SourceFingerprint(allCurrent ? now.page()
                : record.flatMap(found -> found.source()).orElse(""), sections);
        String head = withFront(old.text().substring(0, old.text().length() - oldBody.length()), brought.front());
        boolean wasReviewed = record.map(found -> found.reviewed()).orElse(false);
        return new ChapterTranslation(existing.page().file(), TranslationMarker.withRecord(head + edits.applied(), matched,
                brought.reviewed() && (allCurrent || wasReviewed)));
    }

    /** The title and description the job translates, each checked against the chapter's front matter now. */
    private static Map<String, String> frontMatter(String original, JobReader.Section section, LinkedPage page) throws Refused {
        Map<String, BlockUnit> current = FrontMatterUnits.of(page);
        Map<String, String> values = new LinkedHashMap<>();
        for (JobReader.Unit unit : section.units()) {
            String where = original + ", unit " + unit.id() + " (" + unit.name() + "): ";
            try {
                BlockUnit now = current.get(unit.name());
                if (now == null || !UnitTarget.source(unit).equals(now.original())) {
                    throw new Refused(where + "the chapter's " + unit.name() + " changed since the job was made: export a new job");
                }
                values.put(unit.name(), UnitTarget.target(unit, unit.target().orElseThrow(() -> new Refused(where
                        + "it has no translation: translate it, or leave it out of the job"))));
            } catch (UnitTarget.Damaged e) {
                throw new Refused(where + e.getMessage());
            }
        }
        return values;
    }

    private static String withFront(String head, Map<String, String> front) {
        String result = head;
        for (Map.Entry<String, String> value : front.entrySet()) {
            result = FrontMatterUnits.withValue(result, value.getKey(), value.getValue());
        }
        return result;
    }

    /**
     * Where a translation's block ends for its translation to replace it: before its own {@code {#id}}
     * when its source has none, so that the translation keeps the anchor it was given.
     */
    private static int contentEnd(BlockUnit translation, BlockUnit source) {
        List<InlinePiece> pieces = translation.pieces();
        boolean ownId = !pieces.isEmpty() && ChapterBlocks.isHeadingId(pieces.get(pieces.size() - 1))
                && source.pieces().stream().noneMatch(ChapterBlocks::isHeadingId);
        return ownId ? translation.end() - pieces.get(pieces.size() - 1).original().length() : translation.end();
    }

    /** Each block's translation as Markdown, the units checked against the chapter as it is now. */
    private static List<String> translations(String original, JobReader.Section section, List<BlockUnit> blocks) throws Refused {
        if (section.units().size() != blocks.size()) {
            throw new Refused(original + ", section '" + section.anchor() + "': the job has " + section.units().size()
                    + " units where the chapter now has " + blocks.size() + " blocks: export a new job");
        }
        List<String> translations = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            JobReader.Unit unit = section.units().get(i);
            BlockUnit block = blocks.get(i);
            String where = original + ", unit " + unit.id() + " (line " + block.line() + "): ";
            try {
                if (!UnitTarget.source(unit).equals(block.original())) {
                    throw new Refused(where + "its source no longer matches the chapter, which changed since the job was"
                            + " made: export a new job");
                }
                List<JobReader.Token> target = unit.target().orElseThrow(() -> new Refused(where
                        + "it has no translation: translate it, or leave its section out of the job"));
                translations.add(block.written(UnitTarget.target(unit, target)));
            } catch (UnitTarget.Damaged e) {
                throw new Refused(where + e.getMessage());
            }
        }
        return translations;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
