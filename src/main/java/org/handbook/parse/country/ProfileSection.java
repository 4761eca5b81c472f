package org.handbook.parse.country;

import java.util.List;

/** A section of a profile page ("centralAuthority"), its fields in reading order. */
public record ProfileSection(String id, List<ProfileField> fields) {

    public ProfileSection {
        fields = List.copyOf(fields);
    }
}
