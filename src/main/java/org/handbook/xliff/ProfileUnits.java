package org.handbook.xliff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbook.parse.country.ProfileLayout;

/**
 * The texts of a country profile a translator translates, by JSON pointer: the country's name, each
 * fact's note, the facts told in words (a central authority, a specialist unit, how urgent requests
 * go) and the titles of its laws. A postal address, codes and keywords are not translated. Notes and
 * facts in words are inline Markdown, their syntax as codes; names and titles are words alone.
 */
final class ProfileUnits {

    /** Where a profile's name is; it goes in the group of front matter, as a chapter's title does. */
    static final String NAME = "/name";

    /** A text of the profile: where it is, the group (the profile page's section) it goes in, and what it is. */
    record ProfileText(String pointer, String group, String label, boolean markdown) {
    }

    private ProfileUnits() {
    }

    /** The texts the profile has, in the order its page shows them. */
    static List<ProfileText> texts(ProfileYaml yaml, String defaultLanguage, Map<String, String> labels) {
        List<ProfileText> texts = new ArrayList<>();
        if (yaml.texts(NAME, defaultLanguage).isPresent()) {
            texts.add(new ProfileText(NAME, FrontMatterUnits.GROUP, "name", false));
        }
        for (ProfileLayout.Section section : ProfileLayout.SECTIONS) {
            for (ProfileLayout.Field field : section.fields()) {
                String at = "/" + field.path().replace('.', '/');
                String label = labels.getOrDefault("country.section." + section.id(), section.id()) + " › "
                        + labels.getOrDefault("country.field." + field.path(), field.path());
                if (field.kind() == ProfileLayout.Kind.RICH_TEXT && !field.path().endsWith(".address")) {
                    texts.add(new ProfileText(at + "/value", section.id(), label, true));
                }
                if (field.kind() == ProfileLayout.Kind.LAWS) {
                    for (int i = 0; yaml.texts(at + "/value/" + i + "/title", defaultLanguage).isPresent(); i++) {
                        texts.add(new ProfileText(at + "/value/" + i + "/title", section.id(), label + " › title", false));
                    }
                }
                texts.add(new ProfileText(at + "/note", section.id(), label + " › note", true));
            }
        }
        texts.removeIf(text -> yaml.texts(text.pointer(), defaultLanguage).filter(found -> found.containsKey(defaultLanguage))
                .isEmpty());
        return texts;
    }

    /**
     * The job's units of one profile by group, with the translation each has as its target: every
     * text when the profile is named, else those not yet in the language ({@code MISSING}), those
     * whose source changed since their translation was brought ({@code CHANGED}), or both.
     */
    static Map<String, List<JobUnit>> units(ProfileYaml yaml, String defaultLanguage, String language, String country,
                                            Map<String, String> labels, JobGlossary glossary, XliffExport.Selection selection) {
        Map<String, String> recorded = ProfileRecord.of(yaml, language);
        Map<String, List<JobUnit>> groups = new LinkedHashMap<>();
        for (ProfileText text : texts(yaml, defaultLanguage, labels)) {
            Map<String, String> written = yaml.texts(text.pointer(), defaultLanguage).orElseThrow();
            boolean translated = written.containsKey(language);
            boolean behind = translated && recorded.containsKey(text.pointer())
                    && !recorded.get(text.pointer()).equals(ProfileRecord.fingerprint(written.get(defaultLanguage)));
            boolean wanted = switch (selection) {
                case NAMED -> true;
                case MISSING -> !translated;
                case CHANGED -> behind;
                case NEEDED -> !translated || behind;
            };
            if (!wanted) {
                continue;
            }
            BlockUnit source = block(text, written.get(defaultLanguage), yaml.line(text.pointer()));
            Optional<BlockUnit> target = Optional.ofNullable(written.get(language))
                    .map(translation -> block(text, translation, source.line()))
                    .filter(translation -> translation.codes().equals(source.codes()));
            groups.computeIfAbsent(text.group(), group -> new ArrayList<>()).add(new JobUnit(text.pointer(), source,
                    country + " › " + text.label(), target, !behind, glossary.termsIn(source)));
        }
        return groups;
    }

    /** A text of the profile as a unit's words and codes. */
    static BlockUnit block(ProfileText text, String value, int line) {
        return new BlockUnit(line, 0, value.length(), text.markdown() ? ChapterBlocks.inline(value)
                : List.of(new InlinePiece.Text(value)));
    }
}
