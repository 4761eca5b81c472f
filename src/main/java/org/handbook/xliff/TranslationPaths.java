package org.handbook.xliff;

import java.nio.file.Path;
import org.handbook.link.LinkedPage;
import org.handbook.model.LanguageTag;

/** Where the translation of a chapter is: its place in the book under the language's folder ({@code chapters/th/06-extradition.md}). */
final class TranslationPaths {

    private TranslationPaths() {
    }

    static Path of(LinkedPage source, LanguageTag language) {
        return source.page().file().getName(0).resolve(language.value()).resolve(source.page().place().path());
    }
}
