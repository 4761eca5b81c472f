package org.handbook.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * {@code SOURCE_DATE_EPOCH}, as reproducible-build tools set it: whole seconds since 1970, UTC. It
 * dates the PDFs of an edition without a date of its own, and a PDF's date has four digits for
 * its year, so the last second of 9999 is the latest it can say.
 */
final class SourceDateEpoch {

    static final String NAME = "SOURCE_DATE_EPOCH";
    private static final long LAST_SECOND = 253_402_300_799L;

    private SourceDateEpoch() {
    }

    /**
     * The date in {@code value}; empty when it is unset or blank.
     *
     * @throws IllegalArgumentException with what to tell the user, when it is not such a number
     */
    static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String seconds = value.strip();
        if (!seconds.matches("[0-9]{1,12}") || Long.parseLong(seconds) > LAST_SECOND) {
            throw new IllegalArgumentException(NAME + " must be whole seconds since 1970, from 0 to " + LAST_SECOND
                    + " (the end of 9999); found '" + value + "'. Unset it, or set it as reproducible builds do,"
                    + " for example to the last commit's time: " + NAME + "=$(git log -1 --format=%ct)");
        }
        return Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(seconds)), ZoneOffset.UTC));
    }
}
