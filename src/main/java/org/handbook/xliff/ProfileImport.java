package org.handbook.xliff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A job's translations of a country profile's texts, written into the profile: each text checked
 * against the profile as it is now, then given its translation beside the default language's, and
 * recorded as translated from the default language's text as it is now.
 */
final class ProfileImport {

    private ProfileImport() {
    }

    /**
     * @param text the profile's YAML now
     * @return the profile's YAML with the job's translations in it
     */
    static String translated(String text, JobReader.File file, String defaultLanguage, String language,
                             Map<String, String> labels) throws XliffImport.Refused {
        ProfileYaml yaml = ProfileYaml.of(text);
        Map<String, ProfileUnits.ProfileText> texts = ProfileUnits.texts(yaml, defaultLanguage, labels).stream()
                .collect(Collectors.toMap(ProfileUnits.ProfileText::pointer, Function.identity(), (first, second) -> first,
                        LinkedHashMap::new));
        Map<String, String> translations = new LinkedHashMap<>();
        for (JobReader.Section section : file.sections()) {
            for (JobReader.Unit unit : section.units()) {
                String where = file.original() + ", unit " + unit.id() + " (" + unit.name() + "): ";
                ProfileUnits.ProfileText found = texts.get(unit.name());
                if (found == null) {
                    throw new XliffImport.Refused(where + "the profile has no such text now: export a new job");
                }
                String now = yaml.texts(found.pointer(), defaultLanguage).orElseThrow().get(defaultLanguage);
                try {
                    if (!UnitTarget.source(unit).equals(ProfileUnits.block(found, now, 0).original())) {
                        throw new XliffImport.Refused(where + "the profile's text changed since the job was made: export a new job");
                    }
                    List<JobReader.Token> target = unit.target().orElseThrow(() -> new XliffImport.Refused(where
                            + "it has no translation: translate it, or leave it out of the job"));
                    translations.put(found.pointer(), UnitTarget.target(unit, target));
                } catch (UnitTarget.Damaged e) {
                    throw new XliffImport.Refused(where + e.getMessage());
                }
            }
        }
        Edits edits = new Edits(text);
        translations.forEach((pointer, translation) -> yaml.translate(edits, pointer, defaultLanguage, language, translation));
        Map<String, String> fingerprints = new LinkedHashMap<>();
        translations.keySet().forEach(pointer -> fingerprints.put(pointer, ProfileRecord.fingerprint(
                yaml.texts(pointer, defaultLanguage).orElseThrow().get(defaultLanguage))));
        ProfileRecord.write(edits, yaml, language, fingerprints, List.copyOf(texts.keySet()));
        String result = edits.applied();
        ProfileYaml written = ProfileYaml.of(result);
        translations.forEach((pointer, translation) -> {
            if (!translation.equals(written.texts(pointer, defaultLanguage).orElseThrow().get(language))) {
                throw new IllegalStateException("the translation of " + pointer + " did not read back as written");
            }
        });
        return result;
    }
}
