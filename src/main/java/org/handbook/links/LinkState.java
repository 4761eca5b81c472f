package org.handbook.links;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an address's server answered, and when it was asked.
 *
 * @param status   the HTTP status of the last answer, 0 when none came
 * @param location where a permanent redirect leads, or "" when it does not move
 * @param detail   what went wrong, in words, or ""
 */
public record LinkState(Outcome outcome, int status, String location, String detail, LocalDate checked) {

    /** What an address's answer means for the handbook. */
    public enum Outcome {
        /** It answers with a page. */
        OK,
        /** It answers, but has moved for good: cite the new address. */
        MOVED,
        /** It answers that there is no such page, or its host is gone. */
        BROKEN,
        /** No answer this time (a timeout, a reset, too many requests): ask again later. */
        UNREACHABLE
    }

    public LinkState {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(checked, "checked");
    }
}
