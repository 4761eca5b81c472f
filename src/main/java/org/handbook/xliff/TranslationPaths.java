package org.handbook.xliff;

import java.nio.file.Path;
import org.handbook.model.LanguageTag;

/** Where the translation of a chapter is: the same path under the language's folder ({@code chapters/th/06-extradition.md}). */
final class TranslationPaths {

    private TranslationPaths() {
    }

    static Path of(Path source, LanguageTag language) {
        // chapters/<default language>/rest: the language is the second name of the path.
        Path rest = source.getNameCount() > 2 ? source.subpath(2, source.getNameCount()) : source.getFileName();
        return source.getName(0).resolve(language.value()).resolve(rest);
    }
}
