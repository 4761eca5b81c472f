package org.handbook.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether an edition is the one being written now, or one published before it. */
public enum EditionStatus {
    CURRENT,
    PUBLISHED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EditionStatus> ofLabel(String label) {
        return Arrays.stream(values()).filter(status -> status.label().equals(label)).findFirst();
    }
}
