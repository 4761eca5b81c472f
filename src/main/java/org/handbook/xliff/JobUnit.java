package org.handbook.xliff;

import java.util.List;
import java.util.Optional;

/**
 * A unit of a translation job: its name (the line of a chapter a block starts on, the key of an
 * interface string), a block of the source, where it stands ({@code place}: "6 Extradition › 6.1
 * What this chapter covers"), the translation it has now if it lines up with the source, and the
 * glossary's terms in it with their translations.
 *
 * @param current whether the translation is of the source as it is now (its section unchanged)
 */
record JobUnit(String name, BlockUnit source, String place, Optional<BlockUnit> target, boolean current,
               List<GlossaryTerm> terms) {

    JobUnit {
        terms = List.copyOf(terms);
    }

    /** How many units of the job it makes: itself, and one for each index term its marks quote. */
    int units() {
        return 1 + (int) source.codes().stream().filter(code -> MarkTitles.indexTerm(code).isPresent()).count();
    }

    /** A term of the handbook's glossary, and its translation in the job's language when the glossary has one. */
    record GlossaryTerm(String term, Optional<String> translation) {
    }
}
