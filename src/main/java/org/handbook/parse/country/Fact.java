package org.handbook.parse.country;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.handbook.model.SourcePosition;

/**
 * One fact of a profile. An empty {@code value} means the fact is not recorded; otherwise it has
 * its sources (ids in the profile's sources), the date it holds as of, and optionally a note
 * (safe HTML per language) and, for treaties, the date of its status and of signature.
 * {@code position} is where the fact is written.
 */
public record Fact(Optional<FactValue> value, List<String> sources, String asOf, Map<String, String> noteHtml,
                   Optional<String> date, Optional<String> signed, SourcePosition position) {

    public Fact {
        sources = List.copyOf(sources);
        noteHtml = Collections.unmodifiableMap(new LinkedHashMap<>(noteHtml));
    }

    public static Fact notRecorded(SourcePosition position) {
        return new Fact(Optional.empty(), List.of(), "", Map.of(), Optional.empty(), Optional.empty(), position);
    }

    public boolean isRecorded() {
        return value.isPresent();
    }

    /** A treaty only signed, whose signature date is its only date: shown "signed (2000-12-13)". */
    public boolean isOnlySigned() {
        return value.filter(v -> v instanceof FactValue.Keyword keyword && keyword.keyword().equals("signed")).isPresent()
                && date.isEmpty() && signed.isPresent();
    }

    /** The year the fact holds as of ("2010" for "2010-05"). */
    public Optional<Integer> asOfYear() {
        return asOf.length() >= 4 ? Optional.of(Integer.parseInt(asOf.substring(0, 4))) : Optional.empty();
    }
}
