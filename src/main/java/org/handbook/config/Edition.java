package org.handbook.config;

import java.time.LocalDate;
import java.util.Optional;
import org.handbook.model.EditionId;

/** An edition of the handbook. The current one is built from the working tree. */
public record Edition(EditionId id, String title, Optional<LocalDate> date, EditionStatus status) {

    public boolean isCurrent() {
        return status == EditionStatus.CURRENT;
    }
}
