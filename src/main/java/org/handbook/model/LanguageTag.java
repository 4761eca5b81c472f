package org.handbook.model;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/** A well-formed BCP 47 language tag in its canonical case ("en", "th", "zh-Hant"). */
public record LanguageTag(String value) implements Comparable<LanguageTag> {

    public LanguageTag {
        String canonical = canonical(value);
        if (!value.equals(canonical)) {
            throw new IllegalArgumentException("not a canonical BCP 47 language tag: " + value);
        }
    }

    /** The tag in canonical form, or empty when {@code text} is not well-formed BCP 47. */
    public static Optional<LanguageTag> parse(String text) {
        String canonical = canonical(text);
        return canonical == null ? Optional.empty() : Optional.of(new LanguageTag(canonical));
    }

    private static String canonical(String text) {
        if (text == null || text.isBlank() || text.contains("_")) {
            return null;
        }
        try {
            String canonical = new Locale.Builder().setLanguageTag(text).build().toLanguageTag();
            return canonical.equals("und") ? null : canonical;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    public Locale locale() {
        return Locale.forLanguageTag(value);
    }

    /**
     * Whether the language is one the locale data has a name for: a well-formed tag such as
     * {@code xx} or {@code zz} names no language, and a reader could not be told which it is.
     */
    public boolean isKnownLanguage() {
        String language = locale().getLanguage();
        return !language.isEmpty() && !locale().getDisplayLanguage(Locale.ENGLISH).equals(language);
    }

    /** The language's own name for itself, as a reader of it would look for it in a switcher. */
    public String nativeName() {
        Locale locale = locale();
        String name = locale.getDisplayName(locale);
        if (name.isEmpty() || name.equals(value)) {
            return value;
        }
        int first = name.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(name.substring(Character.charCount(first))).toString();
    }

    @Override
    public int compareTo(LanguageTag other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
