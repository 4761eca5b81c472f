package org.handbook.starter;

import java.util.Objects;

/**
 * What a new handbook is made with.
 *
 * @param title         the handbook's title, as the editor typed it
 * @param edition       the id of its first edition, such as "2026"
 * @param toolVersion   the version of the tool that made it, recorded in the workflow for the editors
 * @param withCountries whether to add the country schema and an example profile
 */
public record StarterOptions(String title, String edition, String toolVersion, boolean withCountries) {

    public StarterOptions {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(toolVersion, "toolVersion");
    }
}
