package org.handbook.xliff;

import java.util.List;
import java.util.Optional;

/**
 * A unit of a translation job: a block of the source, where it stands ({@code place}: "Section 4.2,
 * Dual criminality"), the translation it has now if the translation's block lines up with it, and
 * the glossary's terms in it with their translations.
 *
 * @param current whether the translation is of the source as it is now (its section unchanged)
 */
record JobUnit(BlockUnit source, String place, Optional<BlockUnit> target, boolean current, List<GlossaryTerm> terms) {

    JobUnit {
        terms = List.copyOf(terms);
    }

    /** A term of the handbook's glossary, and its translation in the job's language when the glossary has one. */
    record GlossaryTerm(String term, Optional<String> translation) {
    }
}
