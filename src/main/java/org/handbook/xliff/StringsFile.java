package org.handbook.xliff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A language's strings file with translated strings written in: a key it has takes the new value on
 * its own line, unless the value there already reads the same; a key it lacks is added at its end.
 * Comments, order and every other line stay as they are.
 */
final class StringsFile {

    private static final Pattern KEY = Pattern.compile("^([A-Za-z0-9_.-]+):(\\s.*)?$");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{M}\\p{N}][^#:\"'\\\\]*[^\\s:]|[\\p{L}\\p{M}\\p{N}]");

    private StringsFile() {
    }

    static String withValues(String text, Map<String, String> values) {
        Map<String, String> pending = new LinkedHashMap<>(values);
        StringBuilder result = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            Matcher key = KEY.matcher(line);
            if (key.matches() && pending.containsKey(key.group(1))) {
                String value = pending.remove(key.group(1));
                result.append(value.equals(read(line)) ? line : key.group(1) + ": " + written(value)).append('\n');
            } else {
                result.append(line).append('\n');
            }
        }
        result.setLength(result.length() - 1);
        if (!pending.isEmpty() && result.length() > 0 && result.charAt(result.length() - 1) != '\n') {
            result.append('\n');
        }
        pending.forEach((key, value) -> result.append(key).append(": ").append(written(value)).append('\n'));
        return result.toString();
    }

    /** The value a line gives its key, as YAML reads it; empty when it gives none that is text. */
    static String read(String line) {
        try {
            Object value = new Load(LoadSettings.builder().build()).loadFromString(line);
            return value instanceof Map<?, ?> map && map.size() == 1 && map.values().iterator().next() instanceof String text
                    ? text : "";
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    /** A value as YAML writes it: plain where that reads back as the same text, else in double quotes. */
    static String written(String value) {
        if (PLAIN.matcher(value).matches() && value.equals(read("k: " + value))) {
            return value;
        }
        return quoted(value);
    }

    /** A value in double quotes, as it must be where plain text could end it (inside {@code {…}}). */
    static String quoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
