package org.handbook.text;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;

/** Names characters for messages, where an invisible or look-alike one would otherwise go unseen. */
public final class CodePoints {

    private CodePoints() {
    }

    /** "U+200B ZERO WIDTH SPACE". */
    public static String name(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X %s", codePoint,
                Objects.requireNonNullElse(Character.getName(codePoint), "an unnamed character"));
    }

    /** The name of the first character of {@code text} that {@code allowed} refuses, if any. */
    public static Optional<String> firstRefused(String text, IntPredicate allowed) {
        return text.codePoints().filter(allowed.negate()).boxed().findFirst().map(CodePoints::name);
    }
}
