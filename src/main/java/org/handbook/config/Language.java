package org.handbook.config;

import org.handbook.model.LanguageTag;

/** A language the handbook is published in, with the name readers see in the language switcher. */
public record Language(LanguageTag tag, String name) {
}
