package org.handbook.xliff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.model.LanguageTag;

/**
 * The theme's interface strings in a job: a unit per key, its words to translate and its
 * {@code {placeholders}} as codes, in a file named after the default language's strings file.
 */
final class StringUnits {

    /** The group that holds the strings: they have no sections. */
    static final String GROUP = "strings";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+\\}");

    private StringUnits() {
    }

    /** Where a language's strings are: {@code theme/i18n/th.yml}. */
    static Path file(LanguageTag language) {
        return Path.of("theme", "i18n", language.value() + ".yml");
    }

    static String fileName(LanguageTag language) {
        return "theme/i18n/" + language.value() + ".yml";
    }

    /**
     * @param keys   the keys to put in the job
     * @param source the default language's strings
     * @param own    the strings the language has now, which become the targets
     */
    static List<JobUnit> of(List<String> keys, Map<String, String> source, Map<String, String> own) {
        List<JobUnit> units = new ArrayList<>();
        for (String key : keys) {
            BlockUnit words = block(source.get(key));
            Optional<BlockUnit> target = Optional.ofNullable(own.get(key)).map(StringUnits::block)
                    .filter(translation -> translation.codes().equals(words.codes()));
            units.add(new JobUnit(key, words, "interface string " + key, target, true, List.of()));
        }
        return units;
    }

    /** A string as words and placeholders. */
    static BlockUnit block(String value) {
        List<InlinePiece> pieces = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(value);
        int at = 0;
        while (placeholder.find()) {
            if (placeholder.start() > at) {
                pieces.add(new InlinePiece.Text(value.substring(at, placeholder.start())));
            }
            pieces.add(new InlinePiece.Standalone(placeholder.group()));
            at = placeholder.end();
        }
        if (at < value.length()) {
            pieces.add(new InlinePiece.Text(value.substring(at)));
        }
        return new BlockUnit(0, 0, value.length(), pieces);
    }
}
