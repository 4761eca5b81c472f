package org.handbook.starter;

/** A text as a YAML double-quoted scalar, so that whatever an editor typed stays that text. */
final class YamlQuoting {

    private YamlQuoting() {
    }

    static String doubleQuoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().forEach(point -> {
            switch (point) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (Character.isISOControl(point)) {
                        quoted.append(String.format(java.util.Locale.ROOT, "\\u%04x", point));
                    } else {
                        quoted.appendCodePoint(point);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }
}
