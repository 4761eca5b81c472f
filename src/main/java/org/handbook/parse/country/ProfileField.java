package org.handbook.parse.country;

/** A field of a profile, named by its path in the data ("centralAuthority.body"), with its fact. */
public record ProfileField(String path, Fact fact) {
}
