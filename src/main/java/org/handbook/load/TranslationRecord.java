package org.handbook.load;

import java.util.Map;
import java.util.Optional;
import org.handbook.model.SourcePosition;

/**
 * What a translated chapter records of itself in its front matter ({@code translation:}): whether a
 * second translator has reviewed it, and the version of its source chapter it was made from, as
 * the source's fingerprint ({@code source}) and its sections' ({@code sections}, by anchor), which
 * {@code handbook translations mark} writes. {@code position} is where the record is written.
 */
public record TranslationRecord(boolean reviewed, Optional<String> source, Map<String, String> sections,
                                SourcePosition position) {

    public TranslationRecord {
        sections = Map.copyOf(sections);
    }
}
